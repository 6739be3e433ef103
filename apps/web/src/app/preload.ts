/** Start fetching the plan screen while the person is still answering, so "Build my plan" feels instant. */
export function preloadPlanScreen(): void {
  void import("../plan/plan-screen");
}
