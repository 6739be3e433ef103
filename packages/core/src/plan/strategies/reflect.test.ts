import { describe, expect, it } from "vitest";
import { planFor, stepOf, TEST_INTERVIEW_END } from "../../test-support/test-debrief.js";

describe("reflect", () => {
  it.each([
    { name: "waiting", status: "waiting" },
    { name: "rejected", status: "rejected" },
    { name: "offer", status: "offer" },
    { name: "unknown status", status: "unknown" },
  ] as const)("always applies ($name), as a self step", ({ status }) => {
    const { plan, ids } = planFor({ candidacy: { status } });
    expect(ids).toContain("reflect");
    expect(stepOf(plan, "reflect")).toMatchObject({
      channel: "self",
      outreach: false,
      templates: [],
    });
  });

  it("starts first thing after the cool-off", () => {
    const now = new Date(Date.parse(TEST_INTERVIEW_END) + 30 * 60_000);
    const { plan } = planFor({}, now);
    expect(stepOf(plan, "reflect").window.earliest).toBe(plan.coolOffUntil);
    expect(plan.steps.findIndex((s) => s.strategy === "reflect")).toBe(1);
  });

  it("mentions vague impressions so they are not over-read", () => {
    const { plan } = planFor({ reflection: { impressions: ["She frowned at my answer"] } });
    expect(stepOf(plan, "reflect").rationale).toMatch(/1 vague impression/);
  });
});
