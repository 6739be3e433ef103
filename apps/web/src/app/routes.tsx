import { lazyScreen } from "./lazy-screen";
import { StartScreen } from "../start/start-screen";
import { NotFound } from "./not-found";
import { PlanRoute } from "./plan-route";
import type { Route } from "./router";

// Everything after the start screen loads on demand to keep the first download small; a load
// that fails (offline) shows the screen error boundary and can be retried (lazy-screen.tsx).
// To add a screen: a lazyScreen here and one case in `RouteScreen`. The plan screen is
// preloadable (see plan-route.tsx) so it shows at once after "Build my plan".
const { Screen: WizardScreen } = lazyScreen(() =>
  import("../wizard/wizard-screen").then((m) => m.WizardScreen),
);
const { Screen: DraftsRoute } = lazyScreen(() =>
  import("./drafts-route").then((m) => m.DraftsRoute),
);
const { Screen: JournalScreen } = lazyScreen(() =>
  import("../journal/journal-screen").then((m) => m.JournalScreen),
);
const { Screen: ResumeScreen } = lazyScreen(() =>
  import("../resume/resume-screen").then((m) => m.ResumeScreen),
);
const { Screen: EmbedRoute } = lazyScreen(() =>
  import("../embed/embed-route").then((m) => m.EmbedRoute),
);
const { Screen: DashboardRoute } = lazyScreen(() =>
  import("../dashboard/dashboard-route").then((m) => m.DashboardRoute),
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
      return <WizardScreen requestedStep={route.step} requestedDetail={route.detail} />;
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
