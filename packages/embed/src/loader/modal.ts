import { h } from "./dom.js";
import { createFocusTrap } from "./focus-trap.js";

export interface Modal {
  backdrop: HTMLElement;
  dialog: HTMLElement;
  closeButton: HTMLButtonElement;
  /** The visible title, which the agency's copy replaces once the site check answers. */
  heading: HTMLElement;
}

/**
 * The popup chrome: a role=dialog with a visible title, a close button and the frame box, trapped
 * between sentinels. Escape, the close button and a click on the backdrop all ask to close.
 */
export function createModal(title: string, body: HTMLElement, requestClose: () => void): Modal {
  const closeButton = h("button", { type: "button", class: "close", "aria-label": "Close" }, ["×"]);
  const iframe = (): HTMLElement => body.querySelector("iframe") ?? closeButton;
  const [start, end] = createFocusTrap(() => closeButton, iframe);
  const heading = h("h2", { id: "rb-title" }, [title]);
  const dialog = h(
    "div",
    {
      class: "dialog",
      role: "dialog",
      "aria-modal": "true",
      "aria-labelledby": "rb-title",
      id: "rb-dialog",
    },
    [start, h("header", {}, [heading, closeButton]), body, end],
  );
  const backdrop = h("div", { class: "backdrop", hidden: "" }, [dialog]);

  closeButton.addEventListener("click", requestClose);
  backdrop.addEventListener("click", (event) => {
    if (event.target === backdrop) requestClose();
  });
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    requestClose();
  });
  return { backdrop, dialog, closeButton, heading };
}
