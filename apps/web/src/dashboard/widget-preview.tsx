import { siteChrome, type WidgetMode } from "@rebound/core";
import { type ChromePreview, previewChrome } from "@rebound/embed";
import { useEffect, useRef } from "react";
import { PREVIEW_MESSAGE, PREVIEW_READY, type WidgetConfig } from "../embed/widget-config";

export const PREVIEW_TITLE = "Preview of your widget";

function previewFrame(mode: WidgetMode): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.title = PREVIEW_TITLE;
  frame.className = "rb-dash__preview-frame";
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms");
  frame.src = `/embed?preview=1&mode=${mode}`;
  return frame;
}

/**
 * The real widget (`/embed` in preview mode) in a frame, fed the unsaved settings; in pop-up and
 * floating-button modes, wrapped in the loader's own chrome (the same launcher and dialog visitors
 * get). Messages go to our own origin only, and each side accepts the other's only from that
 * origin and that window. The frame and chrome are made by hand: the chrome lives in a shadow root
 * React does not render.
 */
export function WidgetPreview({ config, mode }: { config: WidgetConfig; mode: WidgetMode }) {
  const stage = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement | null>(null);
  const chrome = useRef<ChromePreview | null>(null);
  const latest = useRef(config);

  useEffect(() => {
    const host = stage.current;
    if (!host) return;
    const made = previewFrame(mode);
    frame.current = made;
    const inner = document.createElement("div");
    inner.className = mode === "inline" ? "rb-dash__stage-inline" : "rb-dash__stage-chrome";
    host.append(inner);
    if (mode === "inline") inner.append(made);
    else {
      const { theme, copy } = latest.current;
      chrome.current = previewChrome(inner, mode, made, siteChrome(theme, copy));
      // The pop-up's trigger is the agency's own button: show it open; the floating button shows itself.
      if (mode === "popup") chrome.current.open();
    }
    return () => {
      chrome.current?.destroy();
      chrome.current = null;
      frame.current = null;
      inner.remove();
    };
  }, [mode]);

  useEffect(() => {
    latest.current = config;
    chrome.current?.update(siteChrome(config.theme, config.copy));
    const post = () =>
      frame.current?.contentWindow?.postMessage(
        { type: PREVIEW_MESSAGE, config: latest.current },
        window.location.origin,
      );
    post();
    const onMessage = (event: MessageEvent) => {
      const fromPreview =
        event.origin === window.location.origin && event.source === frame.current?.contentWindow;
      if (fromPreview && (event.data as { type?: unknown } | null)?.type === PREVIEW_READY) post();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [config, mode]);

  return (
    <div className="rb-dash__stage" data-mode={mode}>
      {mode === "inline" ? null : (
        <div className="rb-dash__stage-page" aria-hidden="true">
          <p>Your page</p>
          {mode === "popup" ? (
            <button
              type="button"
              className="rb-button rb-button--secondary"
              tabIndex={-1}
              onClick={() => chrome.current?.open()}
            >
              Your button
            </button>
          ) : null}
        </div>
      )}
      <div ref={stage} className="rb-dash__stage-host" />
    </div>
  );
}
