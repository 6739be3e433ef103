import type { ReboundEventDetail } from "../loader/api-types.js";

export const ORIGIN = "https://rebound.example";
export const KEY = "pk_test_agency01";

/** The shadow root of the widget element for `instance`. */
export function widgetRoot(instance: string): ShadowRoot {
  const root = document.querySelector(`rebound-widget[data-instance="${instance}"]`)?.shadowRoot;
  if (!root) throw new Error(`no widget ${instance}`);
  return root;
}

export const framesOnPage = (): HTMLIFrameElement[] =>
  [...document.querySelectorAll("rebound-widget")].flatMap((el) => [
    ...(el.shadowRoot?.querySelectorAll("iframe") ?? []),
  ]);

/** Collects the events a listener hears, as `type@instance`. */
export function recorder(): { listener: (event: ReboundEventDetail) => void; seen: string[] } {
  const seen: string[] = [];
  return { seen, listener: (event) => seen.push(`${event.type}@${event.instance}`) };
}

/**
 * Counts `message` listeners on the window, so a test can prove that whatever was set up was also
 * taken down.
 */
export function countMessageListeners(): { active: () => number; restore: () => void } {
  const active = new Set<unknown>();
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  window.addEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: unknown,
  ) => {
    if (type === "message") active.add(listener);
    add(type, listener, options as AddEventListenerOptions);
  }) as typeof window.addEventListener;
  window.removeEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: unknown,
  ) => {
    if (type === "message") active.delete(listener);
    remove(type, listener, options as EventListenerOptions);
  }) as typeof window.removeEventListener;
  return {
    active: () => active.size,
    restore: () => {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}
