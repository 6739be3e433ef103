import {
  createFrameBridge,
  type FrameBridge,
  type FrameCommand,
  type FrameEventPayloads,
  type FrameEventType,
  type Prefill,
} from "@rebound/embed/protocol";
import { useCallback, useEffect, useRef } from "react";

export type WidgetEventType = Exclude<FrameEventType, "ready">;
export type EmitWidgetEvent = <T extends WidgetEventType>(
  type: T,
  payload: FrameEventPayloads[T],
) => void;

export interface FrameBridgeHandlers {
  onPrefill: (prefill: Prefill) => void;
  onReset: () => void;
}

interface BridgeTarget {
  hostOrigin: string | null;
  instance: string | null;
  /** Injected by tests; the real window otherwise. */
  frameWindow?: Window;
}

/**
 * Talk to the host page only through the protocol's frame bridge: `ready` goes to the host's
 * origin alone, `init` is accepted only from the parent window on that origin, and every
 * later message travels on the private MessageChannel. Standalone (no host), `emit` is a no-op.
 */
export function useFrameBridge(
  { hostOrigin, instance, frameWindow }: BridgeTarget,
  handlers: FrameBridgeHandlers,
) {
  const bridge = useRef<FrameBridge | null>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (hostOrigin === null || instance === null) return;
    const onCommand = (command: FrameCommand) => {
      if (command.type === "prefill") latest.current.onPrefill(command.payload);
      else if (command.type === "reset") latest.current.onReset();
      // open and close change the host's chrome only; the frame keeps its state either way.
    };
    const created = createFrameBridge({
      hostOrigin,
      instance,
      ...(frameWindow ? { frameWindow } : {}),
      onInit: (config) => {
        if (config.prefill) latest.current.onPrefill(config.prefill);
      },
      onCommand,
    });
    bridge.current = created;
    return () => {
      created.destroy();
      bridge.current = null;
    };
  }, [hostOrigin, instance, frameWindow]);

  return useCallback<EmitWidgetEvent>((type, payload) => bridge.current?.emit(type, payload), []);
}
