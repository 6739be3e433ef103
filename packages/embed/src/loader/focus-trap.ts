import { h } from "./dom.js";

/**
 * Keeps Tab inside the dialog. Focus can sit inside the cross-origin iframe, where our key handlers
 * never see it, so the trap uses focusable sentinels at both ends: reaching one sends focus round
 * to the other end. Returns the sentinels to place first and last in the dialog.
 */
export function createFocusTrap(
  first: () => HTMLElement,
  last: () => HTMLElement,
): [HTMLElement, HTMLElement] {
  const start = h("span", { tabindex: "0", class: "sentinel", "aria-hidden": "true" });
  const end = h("span", { tabindex: "0", class: "sentinel", "aria-hidden": "true" });
  start.addEventListener("focus", () => last().focus());
  end.addEventListener("focus", () => first().focus());
  return [start, end];
}
