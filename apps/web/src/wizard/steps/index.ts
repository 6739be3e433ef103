import type { DebriefDraft } from "@rebound/core";
import type { ComponentType } from "react";
import { type Stage, stageOf } from "../stage";
import { CareerStep } from "./career-step";
import { ChancesStep } from "./chances-step";
import { CircumstanceStep } from "./circumstance-step";
import { CouldBeBetterStep } from "./could-be-better-step";
import { FollowUpsStep } from "./follow-ups-step";
import { ForgottenStep } from "./forgotten-step";
import { HowItWentStep } from "./how-it-went-step";
import { LessonsStep } from "./lessons-step";
import { LookingAheadStep } from "./looking-ahead-step";
import { OrganisationStep } from "./organisation-step";
import { PeopleStep } from "./people-step";
import { ReferenceStep } from "./reference-step";
import { WhereThingsStandStep } from "./where-things-stand-step";

export interface WizardStep {
  /** For addresses (`/debrief?detail=reference`) and the embed's analytics. */
  id: string;
  title: string;
  Component: ComponentType;
  /** Draft paths this step asks about, so a problem found at the end can point back to it. */
  owns: readonly string[];
  /** Whom the short path asks it of, in order: only what can change their first plan. */
  path: readonly Stage[];
  /**
   * Offered from the plan as "add detail", by stage: what answering it could change. A step of
   * the stage's own path is offered only while never answered (the status changed on the plan).
   */
  detail: Partial<Record<Stage, string>>;
}

/**
 * Every question group, in the order the short path asks them. The status comes first: it
 * decides the rest (core reads a rejection's reply from the organisation, the people and
 * whether to keep in touch; a waiting candidate's thank-you and repair from what was sent
 * already, how it went, the people, the organisation and their standing). What changes no
 * first plan for this person is offered afterwards, from the plan, as detail; a skipped step
 * leaves core's cautious defaults (no slip mentioned, no request, no feedback ask).
 */
export const WIZARD_STEPS: readonly WizardStep[] = [
  {
    id: "where-things-stand",
    title: "Where things stand",
    Component: WhereThingsStandStep,
    owns: ["candidacy", "feelings", "interview.endedAt", "timeZone"],
    path: ["active", "rejected", "offer"],
    detail: {},
  },
  {
    id: "follow-ups",
    title: "Follow-ups so far",
    Component: FollowUpsStep,
    owns: ["followUps"],
    path: ["active"],
    detail: { active: "A thank-you already sent is not planned twice; a follow-up waits a week." },
  },
  {
    id: "how-it-went",
    title: "How it went",
    Component: HowItWentStep,
    owns: ["reflection.wentWell", "reflection.successVision", "interview.severity", "slips"],
    path: ["active"],
    detail: {
      active: "What went well leads your thank-you; a slip they surely noticed gets one line.",
      rejected: "Your review of the interview starts from it, and your journal keeps it.",
      offer: "Your review of the interview starts from it, and your journal keeps it.",
    },
  },
  {
    id: "people",
    title: "The people involved",
    Component: PeopleStep,
    owns: ["interviewers", "candidate"],
    path: ["active", "rejected"],
    detail: {
      active: "Your messages greet the people by name and are signed with yours.",
      rejected: "Your reply greets the people by name and is signed with yours.",
    },
  },
  {
    id: "organisation",
    title: "The organisation",
    Component: OrganisationStep,
    owns: ["organisation"],
    path: ["active", "rejected", "offer"],
    detail: {},
  },
  {
    id: "chances",
    title: "Before it went wrong",
    Component: ChancesStep,
    owns: [
      "standing.strength",
      "standing.employerLeaning",
      "standing.wantJob",
      "standing.believesFit",
    ],
    path: ["active"],
    detail: {
      active:
        "A strong candidate may ask for another conversation; believing in the fit, for a call.",
    },
  },
  {
    id: "looking-ahead",
    title: "Looking ahead",
    Component: LookingAheadStep,
    owns: ["standing.valuesOrganisation", "career.yearsExperience", "career.feedbackSourceTrusted"],
    path: ["rejected"],
    detail: {
      rejected:
        "Whether your reply asks for feedback, and a friendly note in a month or so to stay in touch.",
    },
  },
  {
    id: "circumstance",
    title: "Anything outside the interview",
    Component: CircumstanceStep,
    owns: ["circumstance"],
    path: [],
    detail: {
      active:
        "Something serious on the day, explained once in your thank-you; for a strong candidate, a request for another conversation.",
    },
  },
  {
    id: "forgotten",
    title: "Points you forgot to mention",
    Component: ForgottenStep,
    owns: ["forgotten"],
    path: [],
    detail: { active: "One casual sentence in your thank-you puts a missed strength on record." },
  },
  {
    id: "reference",
    title: "A reference",
    Component: ReferenceStep,
    owns: ["reference"],
    path: [],
    detail: {
      active: "A short note asking a trusted reference to mention what you did not get to show.",
    },
  },
  {
    id: "career",
    title: "You and your career",
    Component: CareerStep,
    owns: ["career"],
    path: [],
    detail: {
      active:
        "If you are comfortable on the phone, a call can replace a written request; your career stage decides whether feedback is worth asking for if the answer is no.",
    },
  },
  {
    id: "could-be-better",
    title: "What could have gone better",
    Component: CouldBeBetterStep,
    owns: ["reflection"],
    path: [],
    detail: {
      active:
        "Vague impressions kept apart from facts; a better answer gives a call its talking points.",
      rejected: "Your review and the lessons for next time start from it.",
      offer: "Your review and the lessons for next time start from it.",
    },
  },
  {
    id: "lessons",
    title: "Notes for next time",
    Component: LessonsStep,
    owns: ["lessons", "interview.format"],
    path: [],
    detail: {
      active: "The questions you were not ready for head your lessons step and your journal.",
      rejected: "The questions you were not ready for head your lessons step and your journal.",
      offer: "The questions you were not ready for head your lessons step and your journal.",
    },
  },
];

/** The questions asked before the first plan, for this person as answered so far. */
export function wizardPath(draft: DebriefDraft): readonly WizardStep[] {
  const stage = stageOf(draft);
  return WIZARD_STEPS.filter((step) => step.path.includes(stage));
}

/** Whether any answer this step asks for is in the draft (a visited step saves its defaults). */
function answered(step: WizardStep, draft: DebriefDraft): boolean {
  return step.owns.some((path) => {
    let node: unknown = draft;
    for (const key of path.split(".")) {
      if (typeof node !== "object" || node === null) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return node !== undefined;
  });
}

/**
 * What can be added from the plan, for this person, with what it could change: the sections the
 * short path leaves out for them, and any step of their path never answered (the plan was built
 * before the status changed to this one).
 */
export function detailSections(draft: DebriefDraft): { step: WizardStep; couldChange: string }[] {
  const stage = stageOf(draft);
  return WIZARD_STEPS.flatMap((step) => {
    const couldChange = step.detail[stage];
    if (couldChange === undefined) return [];
    if (step.path.includes(stage) && answered(step, draft)) return [];
    return [{ step, couldChange }];
  });
}

export const detailHref = (id: string) => `/debrief?detail=${id}`;
export const stepHref = (step: number) => `/debrief?step=${String(step)}`;

export function stepById(id: string | null): WizardStep | undefined {
  return WIZARD_STEPS.find((step) => step.id === id);
}

const asks = (step: WizardStep, path: string) =>
  step.owns.some((owned) => path === owned || path.startsWith(`${owned}.`));

/**
 * Where a draft path is asked, so a problem found at the end can point back to it: its step on
 * this person's path, or else the detail section that holds it.
 */
export function whereAsked(
  path: string,
  draft: DebriefDraft,
): { step: WizardStep; number: number | null } | null {
  const onPath = wizardPath(draft);
  const index = onPath.findIndex((step) => asks(step, path));
  if (index !== -1) {
    const step = onPath[index];
    return step ? { step, number: index + 1 } : null;
  }
  const elsewhere = WIZARD_STEPS.find((step) => asks(step, path));
  return elsewhere ? { step: elsewhere, number: null } : null;
}
