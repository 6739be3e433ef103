import { h } from "./dom.js";

export const FRAME_TITLE = "Interview recovery coach";

/**
 * The sandbox grants only what the coach needs: its scripts; its own origin (without
 * `allow-same-origin` the frame would be an opaque origin: no storage for answers in progress and
 * no calls to its own API), forms, and popups (mailto links). Not granted: navigating the host
 * page, dialogs, downloads. Chromium warns about `allow-scripts` with `allow-same-origin` on any
 * frame; the escape it means needs a frame on the host's own origin, and ours never is.
 */
export const FRAME_SANDBOX =
  "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox";

/** Permissions policy: only the clipboard write behind "Copy", for our frame's origin only. */
export const FRAME_ALLOW = "clipboard-write";

/**
 * Made only when the widget is about to load, so a page that never opens a popup (or a site the
 * server refuses) gets no frame, and no sandbox warning, at all. Eager on purpose: the ready
 * deadline starts now, so a lazy frame below the fold would be reported as failed.
 */
export function createFrame(src: string): HTMLIFrameElement {
  return h("iframe", {
    title: FRAME_TITLE,
    sandbox: FRAME_SANDBOX,
    allow: FRAME_ALLOW,
    referrerpolicy: "strict-origin",
    src,
  });
}

export interface FrameUrlParts {
  origin: string;
  key: string;
  instance: string;
  mode: string;
  locale?: string | undefined;
}

export function frameUrl({ origin, key, instance, mode, locale }: FrameUrlParts): string {
  const params = new URLSearchParams({ key, host: location.origin, instance, mode });
  if (locale) params.set("locale", locale);
  return `${origin}/embed?${params.toString()}`;
}
