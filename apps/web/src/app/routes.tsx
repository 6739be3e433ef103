import { lazy } from "react";

// Everything after the start screen loads on demand to keep the first paint small.
export const WizardScreen = lazy(() => import("../wizard/wizard-screen").then((m) => ({ default: m.WizardScreen })));
export const PlanScreen = lazy(() => import("../plan/plan-screen").then((m) => ({ default: m.PlanScreen })));
export const DraftsRoute = lazy(() => import("./drafts-route").then((m) => ({ default: m.DraftsRoute })));
export const JournalScreen = lazy(() => import("../journal/journal-screen").then((m) => ({ default: m.JournalScreen })));
export const ResumeScreen = lazy(() => import("../resume/resume-screen").then((m) => ({ default: m.ResumeScreen })));

/** Start fetching the plan screen while the person is still answering, so "Build my plan" feels instant. */
export function preloadPlanScreen(): void {
  void import("../plan/plan-screen");
}
