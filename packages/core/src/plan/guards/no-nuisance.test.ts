import { describe, expect, it } from "vitest";
import { enforceAlone, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const thankYou = { sentAt: "2026-11-20T18:00:00Z", answered: false } as const;
const followUp = { sentAt: "2026-11-21T08:00:00Z", answered: false } as const;
const proposed = [
  "reflect",
  "thank-you-email",
  "handwritten-note",
  "one-follow-up",
  "lessons-learned",
] as const;

describe("guard no-nuisance", () => {
  it.each([
    { name: "waiting", overrides: {}, expected: true },
    { name: "status unknown", overrides: { candidacy: { status: "unknown" } }, expected: true },
    {
      name: "rejected: no more chasing to prevent",
      overrides: { candidacy: { status: "rejected" } },
      expected: false,
    },
    { name: "an offer", overrides: { candidacy: { status: "offer" } }, expected: false },
  ] as const)("in force when $name → $expected", ({ overrides, expected }) => {
    expect(inForce(planFor(overrides).plan, "no-nuisance")).toBe(expected);
  });

  it.each([
    {
      name: "after an unanswered follow-up, no outreach at all",
      followUps: [thankYou, followUp],
      kept: ["reflect", "lessons-learned"],
    },
    {
      name: "after an answered follow-up, no second follow-up",
      followUps: [thankYou, { ...followUp, answered: true }],
      kept: ["reflect", "thank-you-email", "handwritten-note", "lessons-learned"],
    },
    {
      name: "an unanswered thank-you still allows the one follow-up",
      followUps: [thankYou],
      kept: [...proposed],
    },
    { name: "nothing sent yet: everything stays", followUps: [], kept: [...proposed] },
  ] as const)("enforce: $name", ({ followUps, kept }) => {
    expect(enforceAlone("no-nuisance", proposed, testDebrief({ followUps }))).toEqual(kept);
  });

  it("never lets two follow-up steps through", () => {
    expect(enforceAlone("no-nuisance", ["one-follow-up", "one-follow-up"], testDebrief())).toEqual([
      "one-follow-up",
    ]);
  });

  it("a plan after an unanswered follow-up contacts nobody and ends by moving on", () => {
    const { plan, ids } = planFor({
      followUps: [thankYou, followUp],
      organisation: { size: "small" },
    });
    expect(plan.steps.filter((step) => step.outreach)).toEqual([]);
    expect(ids.at(-1)).toBe("move-on");
    expect(plan.guards.find((guard) => guard.id === "no-nuisance")?.explanation).toMatch(
      /nobody answered/,
    );
  });
});
