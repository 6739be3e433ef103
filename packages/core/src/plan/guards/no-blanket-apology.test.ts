import { describe, expect, it } from "vitest";
import { enforceAlone, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const wrongName = { what: "Called Marie “Mary”", kind: "wrong-name", noticed: "certain" } as const;
const late = { what: "Arrived ten minutes late", kind: "late", noticed: "certain" } as const;

describe("guard no-blanket-apology", () => {
  it.each([
    { name: "waiting: messages go out", overrides: {}, expected: true },
    {
      name: "rejected: the reply goes out",
      overrides: { candidacy: { status: "rejected" } },
      expected: true,
    },
    {
      name: "an offer: nothing to recover",
      overrides: { candidacy: { status: "offer" } },
      expected: false,
    },
    {
      name: "no outreach left after an unanswered follow-up",
      overrides: {
        followUps: [
          { sentAt: "2026-11-20T18:00:00Z", answered: false },
          { sentAt: "2026-11-21T08:00:00Z", answered: false },
        ],
      },
      expected: false,
    },
  ] as const)("in force when $name → $expected", ({ overrides, expected }) => {
    expect(inForce(planFor(overrides).plan, "no-blanket-apology")).toBe(expected);
  });

  it.each([
    {
      name: "two apologies collapse into one",
      proposed: ["apologize-slip", "thank-you-email", "apologize-slip"],
      kept: ["apologize-slip", "thank-you-email"],
    },
    {
      name: "a single apology stays",
      proposed: ["thank-you-email", "apologize-slip"],
      kept: ["thank-you-email", "apologize-slip"],
    },
    {
      name: "no apology, nothing to do",
      proposed: ["thank-you-email", "one-follow-up"],
      kept: ["thank-you-email", "one-follow-up"],
    },
  ] as const)("enforce: $name", ({ proposed, kept }) => {
    expect(
      enforceAlone("no-blanket-apology", proposed, testDebrief({ slips: [wrongName] })),
    ).toEqual(kept);
  });

  it("several surely noticed slips still give one apology step", () => {
    expect(
      planFor({ slips: [wrongName, late] }).ids.filter((id) => id === "apologize-slip"),
    ).toHaveLength(1);
  });
});
