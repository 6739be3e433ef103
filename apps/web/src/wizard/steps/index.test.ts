import { describe, expect, it } from "vitest";
import { detailSections, whereAsked, wizardPath } from "./index";

const ids = (steps: readonly { id: string }[]) => steps.map((step) => step.id);
const detailIds = (draft: Parameters<typeof detailSections>[0]) =>
  detailSections(draft).map(({ step }) => step.id);

// What a waiting candidate's short path leaves in the draft once walked (each step saves its defaults).
const WALKED_WHILE_WAITING = {
  candidacy: { status: "waiting" as const },
  feelings: { rawness: "uneasy" as const },
  interview: { endedAt: "2026-03-02T10:00:00Z", severity: "unknown" as const },
  followUps: [],
  reflection: { wentWell: [] },
  slips: [],
  interviewers: [],
  candidate: {},
  organisation: { name: "Tailspin Toys" },
  standing: { strength: "strong" as const },
};

describe("the short path", () => {
  it("asks the status first, and a person turned down only what their reply needs", () => {
    expect(ids(wizardPath({}))).toEqual([
      "where-things-stand",
      "follow-ups",
      "how-it-went",
      "people",
      "organisation",
      "chances",
    ]);
    expect(ids(wizardPath({ candidacy: { status: "rejected" } }))).toEqual([
      "where-things-stand",
      "people",
      "organisation",
      "looking-ahead",
    ]);
    expect(ids(wizardPath({ candidacy: { status: "offer" } }))).toEqual([
      "where-things-stand",
      "organisation",
    ]);
    // "Don't know" is still in the running, as core reads it.
    expect(wizardPath({ candidacy: { status: "unknown" } })).toEqual(wizardPath({}));
  });

  it("offers the rest from the plan, never a step already answered", () => {
    expect(detailIds(WALKED_WHILE_WAITING)).toEqual([
      "circumstance",
      "forgotten",
      "reference",
      "career",
      "could-be-better",
      "lessons",
    ]);
  });

  it("offers the steps of a no that were never asked, once the status changes on the plan", () => {
    const rejected = { ...WALKED_WHILE_WAITING, candidacy: { status: "rejected" as const } };
    // "How it went" stays offered: it is detail after a no, answered or not, and can be revised.
    expect(detailIds(rejected)).toEqual([
      "how-it-went",
      "looking-ahead",
      "could-be-better",
      "lessons",
    ]);
  });

  it("points a missing answer to its step on the path, or to the detail that holds it", () => {
    expect(whereAsked("organisation.name", {})).toMatchObject({
      step: { id: "organisation" },
      number: 5,
    });
    expect(whereAsked("organisation.name", { candidacy: { status: "rejected" } })).toMatchObject({
      number: 3,
    });
    expect(whereAsked("reference.name", {})).toMatchObject({
      step: { id: "reference" },
      number: null,
    });
    expect(whereAsked("reflection.couldBeBetter.0", {})).toMatchObject({
      step: { id: "could-be-better" },
    });
  });
});
