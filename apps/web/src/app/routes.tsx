import { lazy } from "react";
import { StartScreen } from "../start/start-screen";
import { NotFound } from "./not-found";
import { PlanRoute } from "./plan-route";
import type { Route } from "./router";

// Everything after the start screen loads on demand to keep the first download small.
// To add a screen: a lazy import here and one case in `RouteScreen`. The plan screen is
// preloadable (see plan-route.tsx) so it shows at once after "Build my plan".
const WizardScreen = lazy(() =>
  import("../wizard/wizard-screen").then((m) => ({ default: m.WizardScreen })),
);
const DraftsRoute = lazy(() => import("./drafts-route").then((m) => ({ default: m.DraftsRoute })));
const JournalScreen = lazy(() =>
  import("../journal/journal-screen").then((m) => ({ default: m.JournalScreen })),
);
const ResumeScreen = lazy(() =>
  import("../resume/resume-screen").then((m) => ({ default: m.ResumeScreen })),
);
const EmbedRoute = lazy(() =>
  import("../embed/embed-route").then((m) => ({ default: m.EmbedRoute })),
);
const DashboardRoute = lazy(() =>
  import("../dashboard/dashboard-route").then((m) => ({ default: m.DashboardRoute })),
);

/** Screens that bring their own chrome: the widget inside an agency's frame, and the agency dashboard. */
export const hasOwnChrome = (route: Route): boolean =>
  route.name === "embed" || route.name === "dashboard";

/** The screen for a route. */
export function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case "start":
      return <StartScreen />;
    case "debrief":
      return <WizardScreen requestedStep={route.step} />;
    case "plan":
      return <PlanRoute />;
    case "drafts":
      return <DraftsRoute />;
    case "journal":
      return <JournalScreen />;
    case "resume":
      return <ResumeScreen id={route.id} token={route.token} />;
    case "embed":
      return <EmbedRoute />;
    case "dashboard":
      return <DashboardRoute />;
    default:
      return <NotFound />;
  }
}
