import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

describe("stay-in-touch", () => {
  it.each([
    {
      name: "rejected, still values the organisation",
      status: "rejected",
      valuesOrganisation: "yes",
      expected: true,
    },
    {
      name: "rejected, doesn't value it",
      status: "rejected",
      valuesOrganisation: "no",
      expected: false,
    },
    {
      name: "rejected, unsure",
      status: "rejected",
      valuesOrganisation: "unknown",
      expected: false,
    },
    { name: "still waiting", status: "waiting", valuesOrganisation: "yes", expected: false },
  ] as const)("$name → $expected", ({ status, valuesOrganisation, expected }) => {
    expect(
      planFor({ candidacy: { status }, standing: { valuesOrganisation } }).ids.includes(
        "stay-in-touch",
      ),
    ).toBe(expected);
  });

  it("is an open-ended email after the reply", () => {
    const { plan } = planFor({
      candidacy: { status: "rejected" },
      standing: { valuesOrganisation: "yes" },
    });
    const step = stepOf(plan, "stay-in-touch");
    expect(step).toMatchObject({ templates: ["stay-in-touch"], window: { latest: null } });
    expect(Date.parse(step.window.earliest)).toBeGreaterThan(
      Date.parse(stepOf(plan, "gracious-rejection-reply").window.earliest),
    );
  });

  it("is held back while waiting after an unanswered follow-up (no-nuisance wins)", () => {
    const { ids } = planFor({
      standing: { valuesOrganisation: "yes" },
      followUps: [{ sentAt: "2026-11-20T18:00:00Z" }, { sentAt: "2026-11-21T08:00:00Z" }],
    });
    expect(ids).not.toContain("stay-in-touch");
  });
});
