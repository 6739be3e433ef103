import { describe, expect, it } from "vitest";
import { enforceAlone, explanationOf, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const emergency = { description: "My father was taken to hospital that morning" };
const proposed = ["thank-you-email", "explain-circumstances"] as const;

describe("guard no-excuses", () => {
  it.each([
    { name: "waiting: messages go out", overrides: {}, expected: true },
    {
      name: "rejected: the reply goes out",
      overrides: { candidacy: { status: "rejected" } },
      expected: true,
    },
    { name: "an offer", overrides: { candidacy: { status: "offer" } }, expected: false },
  ] as const)("in force when $name → $expected", ({ overrides, expected }) => {
    expect(inForce(planFor(overrides).plan, "no-excuses")).toBe(expected);
  });

  it.each([
    {
      name: "a circumstance kept private is never explained",
      circumstance: { ...emergency, disclose: false },
      kept: ["thank-you-email"],
    },
    {
      name: "no circumstance at all: an explanation would be an excuse",
      circumstance: undefined,
      kept: ["thank-you-email"],
    },
    {
      name: "a circumstance the person chose to disclose is context",
      circumstance: { ...emergency, disclose: true },
      kept: [...proposed],
    },
  ] as const)("enforce: $name", ({ circumstance, kept }) => {
    const debrief = testDebrief(circumstance === undefined ? {} : { circumstance });
    expect(enforceAlone("no-excuses", proposed, debrief)).toEqual(kept);
  });

  it("explains the disclosed circumstance as context, not as an excuse", () => {
    expect(
      explanationOf("no-excuses", testDebrief({ circumstance: { ...emergency, disclose: true } })),
    ).toMatch(/context/);
    expect(explanationOf("no-excuses", testDebrief())).not.toMatch(/circumstance/);
  });
});
