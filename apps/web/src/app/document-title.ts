import { useEffect } from "react";
import type { Route } from "./router";

const TITLES: Partial<Record<Route["name"], string>> = {
  start: "Rebound: recover from a bad interview",
  debrief: "Your debrief · Rebound",
  plan: "Your plan · Rebound",
  drafts: "Your drafts · Rebound",
  journal: "Your journal · Rebound",
  resume: "Open a saved debrief · Rebound",
  "not-found": "Page not found · Rebound",
};

/** A title per screen, so tabs, history and screen readers name where the person is. */
export function useDocumentTitle(route: Route): void {
  const title = TITLES[route.name];
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
