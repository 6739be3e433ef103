import { Suspense, useEffect, useRef } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { useDocumentTitle } from "./document-title";
import { useRoute } from "./router";
import { hasOwnChrome, RouteScreen } from "./routes";
import { ScreenErrorBoundary } from "./screen-error-boundary";
import { SiteHeader } from "./site-header";
import { startServiceWorker } from "../pwa/service-worker";
import { UpdatePrompt } from "../pwa/update-prompt";
import "./app.css";

export function App() {
  const route = useRoute();
  const { loaded } = useCurrentDebrief();
  const main = useRef<HTMLElement>(null);
  const shownRoute = useRef(route.name);
  useDocumentTitle(route);
  const ownChrome = hasOwnChrome(route);

  // The coach works offline; the widget and the dashboard are served from the network only.
  useEffect(() => {
    if (!ownChrome) startServiceWorker();
  }, [ownChrome]);

  // Move focus to the new screen on navigation, so keyboard and screen-reader users start at the top,
  // unless the screen already put it somewhere inside (the plan and a detail page, on their heading).
  useEffect(() => {
    if (shownRoute.current === route.name) return;
    shownRoute.current = route.name;
    if (main.current?.contains(document.activeElement)) return;
    main.current?.focus({ preventScroll: true });
  }, [route.name]);

  if (ownChrome) {
    return (
      <ScreenErrorBoundary key={route.name}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <RouteScreen route={route} />
        </Suspense>
      </ScreenErrorBoundary>
    );
  }

  return (
    <>
      <SiteHeader route={route} />
      <main id="main" ref={main} tabIndex={-1} className="rb-main">
        {loaded ? (
          <ScreenErrorBoundary key={route.name}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <RouteScreen route={route} />
            </Suspense>
          </ScreenErrorBoundary>
        ) : (
          <p role="status">Loading…</p>
        )}
      </main>
      <UpdatePrompt />
    </>
  );
}
