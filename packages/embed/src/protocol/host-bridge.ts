import { envelope } from "./envelope.js";
import type {
  FrameEvent,
  FrameEventPayloads,
  FrameEventType,
  HostCommand,
  HostCommandPayloads,
  InitConfig,
} from "./messages.js";
import { parseFrameMessage } from "./validators.js";

export const DEFAULT_TIMEOUT_MS = 10_000;

export type CallableCommand = Exclude<keyof HostCommandPayloads, "init">;

export interface HostBridgeOptions {
  /** The origin the frame is served from; messages from any other origin are ignored. */
  frameOrigin: string;
  /** Our iframe's current window (`iframe.contentWindow`); messages from any other window are ignored. */
  frameWindow: () => Window | null;
  config: InitConfig;
  onEvent: (event: FrameEvent) => void;
  /** How long a command may wait for its reply, and the frame for its `ready`. */
  timeoutMs?: number;
}

export interface HostBridge {
  /** Starts the clocks (ready deadline, queued calls' time-outs). Call when the frame starts loading. */
  start(): void;
  send<T extends CallableCommand>(type: T, payload: HostCommandPayloads[T]): Promise<void>;
  isConnected(): boolean;
  destroy(): void;
}

/** Events the host raises itself (time-outs, unreadable messages), typed like the frame's own. */
const localEvent = <T extends FrameEventType>(
  type: T,
  payload: FrameEventPayloads[T],
): FrameEvent => envelope(type, payload) as FrameEvent;

interface Pending {
  type: string;
  resolve: () => void;
  reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Host side of the handshake: wait for `ready` from our own iframe on our own origin, answer with
 * `init` and a fresh MessageChannel port, then talk only on that port.
 */
export function createHostBridge(options: HostBridgeOptions): HostBridge {
  const { frameOrigin, frameWindow, config, onEvent } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pending = new Map<string, Pending>();
  let queue: HostCommand[] = [];
  let port: MessagePort | null = null;
  let started = false;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;

  const armTimer = (id: string, entry: Pending): void => {
    entry.timer = setTimeout(() => {
      pending.delete(id);
      const message = `The Rebound widget did not answer "${entry.type}" within ${timeoutMs} ms.`;
      entry.reject(new Error(message));
      onEvent(localEvent("error", { code: "timeout", message }));
    }, timeoutMs);
  };

  const track = (command: HostCommand): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const entry: Pending = { type: command.type, resolve, reject };
      pending.set(command.id, entry);
      if (started) armTimer(command.id, entry);
    });

  const onPortMessage = (event: MessageEvent): void => {
    const message = parseFrameMessage(event.data);
    if (message === null) {
      onEvent(
        localEvent("error", {
          code: "invalidMessage",
          message: "The widget sent a message this page cannot read.",
        }),
      );
      return;
    }
    if (message.type === "reply") {
      const entry = pending.get(message.payload.to);
      if (entry === undefined) return;
      pending.delete(message.payload.to);
      clearTimeout(entry.timer);
      if (message.payload.ok) entry.resolve();
      else entry.reject(new Error(message.payload.error ?? `The widget refused "${entry.type}".`));
      return;
    }
    if (message.type !== "ready") onEvent(message);
  };

  const connect = (source: Window): void => {
    clearTimeout(readyTimer);
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = onPortMessage;
    const init = envelope("init", config);
    void track(init).catch(() => undefined);
    source.postMessage(init, frameOrigin, [channel.port2]);
    for (const command of queue) port.postMessage(command);
    queue = [];
  };

  const onWindowMessage = (event: MessageEvent): void => {
    if (event.origin !== frameOrigin) return;
    const source = frameWindow();
    if (source === null || event.source !== source) return;
    const message = parseFrameMessage(event.data);
    if (message?.type !== "ready" || message.payload.instance !== config.instance) return;
    connect(source);
    onEvent(message);
  };

  addEventListener("message", onWindowMessage);

  return {
    start() {
      if (started) return;
      started = true;
      if (port === null) {
        readyTimer = setTimeout(
          () => onEvent(localEvent("loadFailed", { reason: "timeout" })),
          timeoutMs,
        );
      }
      for (const [id, entry] of pending) armTimer(id, entry);
    },
    send(type, payload) {
      const command = envelope(type, payload) as HostCommand;
      const reply = track(command);
      if (port === null) queue.push(command);
      else port.postMessage(command);
      return reply;
    },
    isConnected: () => port !== null,
    destroy() {
      removeEventListener("message", onWindowMessage);
      clearTimeout(readyTimer);
      port?.close();
      port = null;
      queue = [];
      for (const entry of pending.values()) {
        clearTimeout(entry.timer);
        entry.reject(new Error("The Rebound widget was destroyed."));
      }
      pending.clear();
    },
  };
}
