import { envelope } from "./envelope.js";
import type {
  FrameEvent,
  FrameEventPayloads,
  FrameEventType,
  HostCommand,
  InitConfig,
} from "./messages.js";
import { parseHostCommand } from "./validators.js";

export type FrameCommand = Exclude<HostCommand, { type: "init" }>;

export interface FrameBridgeOptions {
  /** The host page's origin (see `resolveHostOrigin`); `ready` is posted to it and `init` only accepted from it. */
  hostOrigin: string;
  /** The instance id the loader put in the frame's URL. */
  instance: string;
  onInit: (config: InitConfig) => void;
  /** Runs one command; a thrown error or rejection becomes a failed reply. */
  onCommand: (command: FrameCommand) => void | Promise<void>;
  frameWindow?: Window;
}

export interface FrameBridge {
  /** Sends an event to the host; events before the handshake wait for it. */
  emit<T extends Exclude<FrameEventType, "ready">>(type: T, payload: FrameEventPayloads[T]): void;
  destroy(): void;
}

/** Frame side of the handshake: announce `ready` to the host origin, accept its `init` and port. */
export function createFrameBridge(options: FrameBridgeOptions): FrameBridge {
  const { hostOrigin, instance, onInit, onCommand } = options;
  const frameWindow = options.frameWindow ?? window;
  let port: MessagePort | null = null;
  let queue: FrameEvent[] = [];

  const reply = (to: string, error?: string): void => {
    port?.postMessage(
      envelope("reply", error === undefined ? { to, ok: true } : { to, ok: false, error }),
    );
  };

  const onPortMessage = (event: MessageEvent): void => {
    const command = parseHostCommand(event.data);
    if (command === null || command.type === "init") return;
    Promise.resolve()
      .then(() => onCommand(command))
      .then(
        () => reply(command.id),
        (error: unknown) =>
          reply(
            command.id,
            error instanceof Error ? error.message.slice(0, 300) : "Command failed.",
          ),
      );
  };

  const onWindowMessage = (event: MessageEvent): void => {
    if (event.origin !== hostOrigin || event.source !== frameWindow.parent) return;
    const command = parseHostCommand(event.data);
    const received = event.ports[0];
    if (command?.type !== "init" || command.payload.instance !== instance || received === undefined)
      return;
    port?.close();
    port = received;
    port.onmessage = onPortMessage;
    onInit(command.payload);
    reply(command.id);
    for (const queued of queue) port.postMessage(queued);
    queue = [];
  };

  frameWindow.addEventListener("message", onWindowMessage);
  frameWindow.parent.postMessage(envelope("ready", { instance }), hostOrigin);

  return {
    emit(type, payload) {
      const event = envelope(type, payload) as FrameEvent;
      if (port === null) queue.push(event);
      else port.postMessage(event);
    },
    destroy() {
      frameWindow.removeEventListener("message", onWindowMessage);
      port?.close();
      port = null;
      queue = [];
    },
  };
}
