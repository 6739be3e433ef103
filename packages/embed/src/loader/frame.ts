import { h } from "./dom.js";

export const FRAME_TITLE = "Interview recovery coach";

/**
 * The sandbox grants only what the coach needs: its scripts, its own origin (storage for answers in
 * progress), forms, and popups (mailto links).
 */
export const FRAME_SANDBOX =
  "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox";

/**
 * Eager on purpose: the src is only set when the widget is shown, and the ready deadline starts
 * then, so a lazy frame below the fold would be reported as failed.
 */
export function createFrame(): HTMLIFrameElement {
  return h("iframe", {
    title: FRAME_TITLE,
    sandbox: FRAME_SANDBOX,
    allow: "",
    referrerpolicy: "strict-origin",
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
