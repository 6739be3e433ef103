import { useMemo, useSyncExternalStore } from "react";

/**
 * A tiny History API router: the app has a handful of flat routes, so a dependency would
 * cost more bytes than it saves. The API serves index.html for unknown GET paths.
 */
export type Route =
  | { name: "start" }
  | { name: "debrief"; step: number | null; detail: string | null }
  | { name: "plan" }
  | { name: "drafts" }
  | { name: "journal" }
  /** The resume token travels in the fragment so it never reaches a server log. */
  | { name: "resume"; id: string; token: string }
  | { name: "embed" }
  | { name: "dashboard" }
  | { name: "not-found"; path: string };

const NAVIGATE_EVENT = "rebound:navigate";

export function parseRoute(url: URL): Route {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "start" };
  if (path === "/debrief") {
    const step = Number.parseInt(url.searchParams.get("step") ?? "", 10);
    return {
      name: "debrief",
      step: Number.isFinite(step) && step > 0 ? step : null,
      detail: url.searchParams.get("detail"),
    };
  }
  if (
    path === "/plan" ||
    path === "/drafts" ||
    path === "/journal" ||
    path === "/embed" ||
    path === "/dashboard"
  ) {
    return { name: path.slice(1) as "plan" | "drafts" | "journal" | "embed" | "dashboard" };
  }
  const resume = /^\/resume\/([A-Za-z0-9_-]{1,100})$/.exec(path);
  if (resume?.[1])
    return { name: "resume", id: resume[1], token: decodeURIComponent(url.hash.slice(1)) };
  return { name: "not-found", path };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentHref = () => window.location.href;

/** One query parameter of the current address, kept up to date like the route. */
export function useSearchParam(name: string): string | null {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  return useMemo(() => new URL(href).searchParams.get(name), [href, name]);
}

export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  return useMemo(() => parseRoute(new URL(href)), [href]);
}
