import type { Prefill, WidgetMode } from "../protocol/messages.js";
import type { Rebound } from "./create-rebound.js";

const seen = new WeakSet<Element>();

function readPrefill({ dataset }: HTMLElement): Prefill | undefined {
  const entries = Object.entries({
    organisation: dataset.reboundOrganisation,
    role: dataset.reboundRole,
    interviewDate: dataset.reboundInterviewDate,
  }).filter(([, value]) => value);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * No-code set-up: every `[data-rebound-key]` element becomes an instance. Inline mounts inside the
 * element; popup and floatingButton treat the element itself as a trigger. Safe to call again after
 * the page adds content: an element is only set up once.
 */
export function initFromAttributes(root: ParentNode, rebound: Rebound): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-rebound-key]")) {
    if (seen.has(element)) continue;
    seen.add(element);
    const data = element.dataset;
    const mode = (data.reboundMode ?? "inline") as WidgetMode;
    rebound.run([
      "init",
      {
        key: data.reboundKey,
        mode,
        target: mode === "floatingButton" ? undefined : element,
        locale: data.reboundLocale,
        id: data.reboundId,
        nonce: data.reboundNonce,
        prefill: readPrefill(element),
        ...("reboundPreload" in data ? { preload: data.reboundPreload !== "false" } : {}),
      },
    ]);
  }
}

/**
 * `<button data-rebound-open>` opens the latest instance; `data-rebound-open="<id>"` a given one.
 * One delegated listener serves buttons added later too. Returns the remover.
 */
export function listenForOpenClicks(doc: Document, rebound: Rebound): () => void {
  const onClick = (event: MouseEvent): void => {
    const trigger =
      event.target instanceof Element ? event.target.closest("[data-rebound-open]") : null;
    if (!trigger) return;
    event.preventDefault();
    rebound.openFrom(trigger, trigger.getAttribute("data-rebound-open") || undefined);
  };
  doc.addEventListener("click", onClick);
  return () => doc.removeEventListener("click", onClick);
}
