import type { ComponentType } from "react";
import { CareerStep } from "./career-step";
import { CircumstanceStep } from "./circumstance-step";
import { CouldBeBetterStep } from "./could-be-better-step";
import { FeelingsStep } from "./feelings-step";
import { FollowUpsStep } from "./follow-ups-step";
import { ForgottenStep } from "./forgotten-step";
import { LessonsStep } from "./lessons-step";
import { OrganisationStep } from "./organisation-step";
import { PeopleStep } from "./people-step";
import { ReferenceStep } from "./reference-step";
import { SlipsStep } from "./slips-step";
import { StandingStep } from "./standing-step";
import { WentWellStep } from "./went-well-step";

export interface WizardStep {
  title: string;
  Component: ComponentType;
  /** Draft paths this step asks about, so a problem found at the end can point back to it. */
  owns: readonly string[];
}

/**
 * The debrief in a humane order: a moment for the person first, then what went well
 * before what did not, then the facts the plan needs, and notes for next time last.
 */
export const WIZARD_STEPS: readonly WizardStep[] = [
  {
    title: "How are you feeling?",
    Component: FeelingsStep,
    owns: ["feelings", "interview.endedAt", "interview.format", "timeZone"],
  },
  {
    title: "What went well",
    Component: WentWellStep,
    owns: ["reflection.wentWell", "reflection.successVision"],
  },
  {
    title: "What could have gone better",
    Component: CouldBeBetterStep,
    owns: ["interview.severity", "reflection"],
  },
  { title: "Slip-ups", Component: SlipsStep, owns: ["slips"] },
  { title: "Points you forgot to mention", Component: ForgottenStep, owns: ["forgotten"] },
  { title: "The people involved", Component: PeopleStep, owns: ["interviewers", "candidate"] },
  { title: "The organisation", Component: OrganisationStep, owns: ["organisation"] },
  { title: "Where things stand", Component: StandingStep, owns: ["candidacy", "standing"] },
  { title: "A reference", Component: ReferenceStep, owns: ["reference"] },
  { title: "Anything outside the interview", Component: CircumstanceStep, owns: ["circumstance"] },
  { title: "You and your career", Component: CareerStep, owns: ["career"] },
  { title: "Follow-ups so far", Component: FollowUpsStep, owns: ["followUps"] },
  { title: "Notes for next time", Component: LessonsStep, owns: ["lessons"] },
];

/** The 1-based step that asks about a draft path ("organisation.name" → the organisation step). */
export function stepForPath(path: string): number | null {
  const index = WIZARD_STEPS.findIndex((step) =>
    step.owns.some((owned) => path === owned || path.startsWith(`${owned}.`)),
  );
  return index === -1 ? null : index + 1;
}
