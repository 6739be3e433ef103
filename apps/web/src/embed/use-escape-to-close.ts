import type { WidgetMode } from "@rebound/embed/protocol";
import { useEffect } from "react";
import type { EmitWidgetEvent } from "./use-frame-bridge";

/**
 * In a popup, focus sits in this cross-origin frame, so the host's chrome never sees Escape.
 * The frame asks the host to close instead (the protocol's `closed`, sent by the frame); the
 * host closes the dialog and returns focus to the trigger. Inline has nothing to close.
 */
export function useEscapeToClose(emit: EmitWidgetEvent, mode: WidgetMode): void {
  useEffect(() => {
    if (mode === "inline") return;
    const onKeyDown = (event: KeyboardEvent) => {
      // A control that handled Escape itself (a menu, a date picker) keeps it.
      if (event.key === "Escape" && !event.defaultPrevented) emit("closed", {});
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [emit, mode]);
}
