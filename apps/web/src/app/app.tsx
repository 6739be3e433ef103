import { Suspense, useEffect, useRef } from "react";
import { StartScreen } from "../start/start-screen";
import { useCurrentDebrief } from "../state/current-debrief";
import { Link } from "./link";
import { type Route, useRoute } from "./router";
import { DraftsRoute, JournalScreen, PlanScreen, ResumeScreen, WizardScreen } from "./routes";
import { SiteHeader } from "./site-header";
import "./app.css";

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case "start":
      return <StartScreen />;
    case "debrief":
      return <WizardScreen requestedStep={route.step} />;
    case "plan":
      return <PlanScreen />;
    case "drafts":
      return <DraftsRoute />;
    case "journal":
      return <JournalScreen />;
    case "resume":
      return <ResumeScreen id={route.id} token={route.token} />;
    default:
      return (
        <section className="rb-card" aria-labelledby="not-found-heading">
          <h1 id="not-found-heading">This page does not exist</h1>
          <p>
            The address may be mistyped. <Link href="/">Go to the start</Link>.
          </p>
        </section>
      );
  }
}

export function App() {
  const route = useRoute();
  const { loaded } = useCurrentDebrief();
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  // Move focus to the new screen on navigation, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [route.name]);

  return (
    <>
      <SiteHeader route={route} />
      <main id="main" ref={main} tabIndex={-1} className="rb-main">
        {loaded ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <Screen route={route} />
          </Suspense>
        ) : (
          <p role="status">Loading…</p>
        )}
      </main>
    </>
  );
}
