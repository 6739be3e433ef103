/**
 * Runs `task` shortly after the page has loaded, so a preloaded widget never competes with the
 * host page's own first paint. Returns a canceller.
 */
export function whenPageIdle(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    timer = setTimeout(task, 100);
  };
  if (document.readyState === "complete") run();
  else window.addEventListener("load", run, { once: true });
  return () => {
    window.removeEventListener("load", run);
    clearTimeout(timer);
  };
}
