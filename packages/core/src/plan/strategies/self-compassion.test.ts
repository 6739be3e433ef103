import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

describe("self-compassion", () => {
  it.each(["waiting", "rejected", "offer", "unknown"] as const)(
    "always applies (%s), open-ended",
    (status) => {
      const { plan, ids } = planFor({ candidacy: { status } });
      expect(ids).toContain("self-compassion");
      expect(stepOf(plan, "self-compassion").window.latest).toBeNull();
    },
  );

  it("speaks to the no when rejected", () => {
    expect(
      stepOf(planFor({ candidacy: { status: "rejected" } }).plan, "self-compassion").rationale,
    ).toMatch(/A no hurts/);
  });
});
