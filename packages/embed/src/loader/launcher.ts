import { h } from "./dom.js";

export const LAUNCHER_LABEL = "Interview coach";

/**
 * The floating button. Its accessible name is its visible text (the agency's launcher label, so
 * voice control users can say what they see) and it reports whether the dialog it controls is open.
 */
export function createLauncher(dialogId: string): HTMLButtonElement {
  return h(
    "button",
    {
      type: "button",
      class: "launcher",
      "aria-expanded": "false",
      "aria-controls": dialogId,
      "aria-haspopup": "dialog",
    },
    [LAUNCHER_LABEL],
  );
}
