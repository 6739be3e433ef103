import { chromeThemeCss } from "../loader/chrome-theme.js";
import { h } from "../loader/dom.js";
import { FRAME_TITLE } from "../loader/frame.js";
import { createLauncher } from "../loader/launcher.js";
import { createModal } from "../loader/modal.js";
import { applyShadowStyles } from "../loader/shadow-styles.js";
import type { SiteChrome } from "../loader/site-check.js";

export type { SiteChrome };

export interface ChromePreview {
  /** Shows the agency's (unsaved) branding at once. */
  update(chrome: SiteChrome): void;
  open(): void;
  close(): void;
  destroy(): void;
}

/**
 * The host-page chrome of a popup or floating button (the loader's own launcher, dialog and
 * styles) drawn inside `host` instead of over a whole page, around `frame`: for the agency's
 * dashboard to preview exactly what visitors will see. `contain` makes `host` the box the
 * chrome's fixed positions refer to.
 */
export function previewChrome(
  host: HTMLElement,
  mode: "popup" | "floatingButton",
  frame: HTMLIFrameElement,
  chrome: SiteChrome,
): ChromePreview {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  root.replaceChildren();
  const styles = applyShadowStyles(root);
  const box = h("div", { class: "box" }, [frame]);
  const close = (): void => {
    modal.backdrop.hidden = true;
    launcher?.setAttribute("aria-expanded", "false");
  };
  const modal = createModal(FRAME_TITLE, box, close);
  // Drawn inside a page that stays usable: a plain dialog, neither modal nor trapping focus.
  modal.dialog.removeAttribute("aria-modal");
  for (const sentinel of modal.dialog.querySelectorAll(".sentinel")) sentinel.remove();
  const launcher = mode === "floatingButton" ? createLauncher(modal.dialog.id) : null;
  const open = (): void => {
    modal.backdrop.hidden = false;
    launcher?.setAttribute("aria-expanded", "true");
  };
  launcher?.addEventListener("click", () => (modal.backdrop.hidden ? open() : close()));
  root.append(...(launcher ? [launcher] : []), modal.backdrop);

  const update = (next: SiteChrome): void => {
    // Only the chrome takes clicks: the page drawn under it stays usable where the chrome is not.
    styles.setDynamic(
      `:host{display:block;height:100%;contain:layout paint;pointer-events:none}.launcher,.backdrop{pointer-events:auto}${chromeThemeCss(next)}`,
    );
    modal.heading.textContent = next.title;
    if (launcher) launcher.textContent = next.launcherLabel;
  };
  update(chrome);
  return { update, open, close, destroy: () => root.replaceChildren() };
}
