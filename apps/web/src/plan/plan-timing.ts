// User Timing marks for "plan shown within 50 ms of pressing Build my plan"; the e2e run
// reads the `rebound:plan` measure and prints it.
const BUILD = "rebound:build-plan";
const SHOWN = "rebound:plan-shown";
export const PLAN_MEASURE = "rebound:plan";

/** The person pressed "Build my plan". */
export function markBuildPlan(): void {
  performance.mark(BUILD);
}

/** The plan is on screen: measure from the last press, once per press. */
export function markPlanShown(): void {
  if (performance.getEntriesByName(BUILD, "mark").length === 0) return;
  performance.mark(SHOWN);
  performance.measure(PLAN_MEASURE, BUILD, SHOWN);
  performance.clearMarks(BUILD);
}
