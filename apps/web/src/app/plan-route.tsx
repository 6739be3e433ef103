import { lazy } from "react";
import type { PlanScreen as PlanScreenComponent } from "../plan/plan-screen";

let loaded: typeof PlanScreenComponent | undefined;

/**
 * Fetch the plan screen while the person is still answering. Once it is here it renders
 * straight away: a plain React.lazy would still suspend once and React holds a Suspense
 * fallback for ~300 ms, which would spoil "the plan within 50 ms of Build my plan".
 */
export function preloadPlanScreen(): Promise<typeof PlanScreenComponent> {
  return import("../plan/plan-screen").then((m) => (loaded = m.PlanScreen));
}

const LazyPlanScreen = lazy(() =>
  preloadPlanScreen().then((PlanScreen) => ({ default: PlanScreen })),
);

export function PlanRoute() {
  const PlanScreen = loaded;
  return PlanScreen ? <PlanScreen /> : <LazyPlanScreen />;
}
