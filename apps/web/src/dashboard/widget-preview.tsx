import { useEffect, useRef } from "react";
import { PREVIEW_MESSAGE, PREVIEW_READY, type WidgetConfig } from "../embed/widget-config";

/**
 * The real widget (`/embed` in preview mode) in a frame, fed the unsaved settings. Messages go to
 * our own origin only, and each side accepts the other's only from that origin and that window.
 */
export function WidgetPreview({ config }: { config: WidgetConfig }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef(config);

  useEffect(() => {
    const post = () =>
      frame.current?.contentWindow?.postMessage(
        { type: PREVIEW_MESSAGE, config: latest.current },
        window.location.origin,
      );
    latest.current = config;
    post();
    const onMessage = (event: MessageEvent) => {
      const fromPreview =
        event.origin === window.location.origin && event.source === frame.current?.contentWindow;
      if (fromPreview && (event.data as { type?: unknown } | null)?.type === PREVIEW_READY) post();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [config]);

  return (
    <iframe
      ref={frame}
      className="rb-dash__preview"
      title="Preview of your widget"
      src="/embed?preview=1"
      sandbox="allow-scripts allow-same-origin allow-forms"
    />
  );
}
