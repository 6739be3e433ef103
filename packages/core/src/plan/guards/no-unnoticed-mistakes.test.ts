import { describe, expect, it } from "vitest";
import { enforceAlone, explanationOf, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const wrongName = { what: "Called Marie “Mary”", kind: "wrong-name", noticed: "unsure" } as const;
const rambled = {
  what: "Rambled about budgets",
  kind: "off-target-answer",
  noticed: "unsure",
} as const;
const exhausted = [
  { sentAt: "2026-11-20T18:00:00Z", answered: false },
  { sentAt: "2026-11-21T08:00:00Z", answered: false },
] as const;

describe("guard no-unnoticed-mistakes", () => {
  it.each([
    { name: "a slip they may not have noticed", overrides: { slips: [wrongName] }, expected: true },
    {
      name: "a slip they did not notice",
      overrides: { slips: [{ ...wrongName, noticed: "no" }] },
      expected: true,
    },
    {
      name: "rejected: the reply still goes out",
      overrides: { slips: [wrongName], candidacy: { status: "rejected" } },
      expected: true,
    },
    {
      name: "every slip surely noticed",
      overrides: { slips: [{ ...wrongName, noticed: "certain" }] },
      expected: false,
    },
    { name: "no slips", overrides: {}, expected: false },
    {
      name: "an offer: no message to word",
      overrides: { slips: [wrongName], candidacy: { status: "offer" } },
      expected: false,
    },
    {
      name: "no outreach left after an unanswered follow-up",
      overrides: { slips: [wrongName], followUps: exhausted },
      expected: false,
    },
  ] as const)("in force when $name → $expected", ({ overrides, expected }) => {
    expect(inForce(planFor(overrides).plan, "no-unnoticed-mistakes")).toBe(expected);
  });

  const proposed = ["thank-you-email", "apologize-slip", "acknowledge-disconnect"] as const;

  it.each([
    {
      name: "only unsure slips: neither slip step survives",
      slips: [wrongName, rambled],
      kept: ["thank-you-email"],
    },
    {
      name: "a surely noticed wrong name keeps the apology only",
      slips: [{ ...wrongName, noticed: "certain" }, rambled],
      kept: ["thank-you-email", "apologize-slip"],
    },
    {
      name: "a surely noticed off-target answer keeps the disconnect only",
      slips: [wrongName, { ...rambled, noticed: "certain" }],
      kept: ["thank-you-email", "acknowledge-disconnect"],
    },
  ] as const)("enforce: $name", ({ slips, kept }) => {
    expect(enforceAlone("no-unnoticed-mistakes", proposed, testDebrief({ slips }))).toEqual(kept);
  });

  it("keeps every slip out of a noticeably bad plan when the interviewer may not have noticed", () => {
    const { plan, ids } = planFor({
      slips: [wrongName, rambled],
      interview: { severity: "noticeable" },
    });
    expect(ids).not.toContain("apologize-slip");
    expect(ids).not.toContain("acknowledge-disconnect");
    expect(plan.guards.find((guard) => guard.id === "no-unnoticed-mistakes")?.explanation).toMatch(
      /^2 slips/,
    );
    expect(explanationOf("no-unnoticed-mistakes", testDebrief({ slips: [wrongName] }))).toMatch(
      /^One slip/,
    );
  });
});
