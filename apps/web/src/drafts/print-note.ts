const SHEET_CLASS = "rb-print-sheet";

/**
 * Print one handwritten note on its own. The text goes into a sheet appended to <body> (as
 * text, never HTML); the print stylesheet then hides every other child of <body>, so the
 * note prints alone, without blank pages where the rest of the screen would have been.
 */
export function printNote(text: string): void {
  document.querySelector(`.${SHEET_CLASS}`)?.remove();
  const sheet = document.createElement("div");
  sheet.className = SHEET_CLASS;
  sheet.textContent = text;
  document.body.append(sheet);
  const done = () => {
    sheet.remove();
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
