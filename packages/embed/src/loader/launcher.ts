import { h } from "./dom.js";

/**
 * The floating button. Its accessible name starts with its visible text (so voice control users
 * can say what they see) and it reports whether the dialog it controls is open.
 */
export function createLauncher(dialogId: string): HTMLButtonElement {
  return h(
    "button",
    {
      type: "button",
      class: "launcher",
      "aria-label": "Interview coach: get help after a tough interview",
      "aria-expanded": "false",
      "aria-controls": dialogId,
      "aria-haspopup": "dialog",
    },
    ["Interview coach"],
  );
}
