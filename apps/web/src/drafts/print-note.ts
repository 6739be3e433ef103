const PRINTING_CLASS = "rb-printing";

/**
 * Print one handwritten note on its own: the print stylesheet shows only the
 * `.rb-print-note` inside the element marked as printing.
 */
export function printNote(card: HTMLElement): void {
  card.classList.add(PRINTING_CLASS);
  const done = () => {
    card.classList.remove(PRINTING_CLASS);
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
