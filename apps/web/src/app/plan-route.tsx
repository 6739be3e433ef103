import { lazyScreen } from "./lazy-screen";

/**
 * The plan screen, fetched while the person is still answering. Once it is here it renders
 * straight away: a plain React.lazy would still suspend once and React holds a Suspense
 * fallback for ~300 ms, which would spoil "the plan within 50 ms of Build my plan".
 */
const planScreen = lazyScreen(() => import("../plan/plan-screen").then((m) => m.PlanScreen));

export const preloadPlanScreen = planScreen.preload;
export const PlanRoute = planScreen.Screen;
