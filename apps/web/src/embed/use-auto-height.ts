import { type RefObject, useEffect } from "react";
import type { EmitWidgetEvent } from "./use-frame-bridge";

/**
 * Tell the host how tall the widget's content is whenever it changes, so the host sizes the
 * frame to fit and there is never a second scrollbar. The content box is measured rather than
 * the document, whose height never drops below the frame's own.
 */
export function useAutoHeight(emit: EmitWidgetEvent, content: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = content.current;
    if (!element) return;
    let last = -1;
    const report = () => {
      const height = Math.min(20_000, Math.ceil(element.getBoundingClientRect().height));
      if (height === last) return;
      last = height;
      emit("resized", { height });
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [emit, content]);
}
