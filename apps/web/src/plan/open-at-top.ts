import { type RefObject, useEffect, useRef } from "react";

/**
 * A screen arrived at opens at its top with focus on its heading: the previous page (the
 * wizard's last step, scrolled to its button) must not leave it half-way down, and keyboard and
 * screen-reader users start at what it is called. Once, when the heading first appears.
 */
export function useOpenAtTop(heading: RefObject<HTMLElement | null>, ready: boolean): void {
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !ready) return;
    opened.current = true;
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [heading, ready]);
}
