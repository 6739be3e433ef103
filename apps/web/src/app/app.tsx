import { Suspense, useEffect, useRef } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { useDocumentTitle } from "./document-title";
import { useRoute } from "./router";
import { hasOwnChrome, RouteScreen } from "./routes";
import { SiteHeader } from "./site-header";
import "./app.css";

export function App() {
  const route = useRoute();
  const { loaded } = useCurrentDebrief();
  const main = useRef<HTMLElement>(null);
  const shownRoute = useRef(route.name);
  useDocumentTitle(route);

  // Move focus to the new screen on navigation, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    if (shownRoute.current === route.name) return;
    shownRoute.current = route.name;
    main.current?.focus({ preventScroll: true });
  }, [route.name]);

  if (hasOwnChrome(route)) {
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <RouteScreen route={route} />
      </Suspense>
    );
  }

  return (
    <>
      <SiteHeader route={route} />
      <main id="main" ref={main} tabIndex={-1} className="rb-main">
        {loaded ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <RouteScreen route={route} />
          </Suspense>
        ) : (
          <p role="status">Loading…</p>
        )}
      </main>
    </>
  );
}
