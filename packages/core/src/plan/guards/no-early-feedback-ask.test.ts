import { describe, expect, it } from "vitest";
import { enforceAlone, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const earlyCareer = { yearsExperience: 2 } as const;

describe("guard no-early-feedback-ask", () => {
  it.each([
    { status: "waiting", inForce: true, kept: false },
    { status: "unknown", inForce: true, kept: false },
    { status: "offer", inForce: false, kept: false },
    { status: "rejected", inForce: false, kept: true },
  ] as const)("status $status: in force $inForce, a feedback request kept $kept", (row) => {
    const overrides = { candidacy: { status: row.status }, career: earlyCareer };
    expect(inForce(planFor(overrides).plan, "no-early-feedback-ask")).toBe(row.inForce);
    const kept = enforceAlone(
      "no-early-feedback-ask",
      ["request-feedback"],
      testDebrief(overrides),
    );
    expect(kept.includes("request-feedback")).toBe(row.kept);
  });

  it("an early-career candidate asks for feedback only once rejected", () => {
    expect(planFor({ career: earlyCareer }).ids).not.toContain("request-feedback");
    expect(planFor({ career: earlyCareer, candidacy: { status: "rejected" } }).ids).toContain(
      "request-feedback",
    );
  });
});
