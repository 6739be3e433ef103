import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

describe("perspective", () => {
  it.each(["waiting", "rejected", "offer", "unknown"] as const)("always applies (%s)", (status) => {
    expect(planFor({ candidacy: { status } }).ids).toContain("perspective");
  });

  it("is stressed when the main worry is nerves", () => {
    const nerves = planFor({
      slips: [{ what: "My hands shook", kind: "nerves", noticed: "certain" }],
    }).plan;
    expect(stepOf(nerves, "perspective").rationale).toMatch(/allowances for nerves/);
  });

  it("is not stressed about nerves when the worry is a concrete slip", () => {
    const concrete = planFor({
      slips: [{ what: "Arrived late", kind: "late", noticed: "certain" }],
    }).plan;
    expect(stepOf(concrete, "perspective").rationale).not.toMatch(/nerves/);
  });

  it("tells someone just rejected something true for a rejection", () => {
    const rationale = stepOf(
      planFor({ candidacy: { status: "rejected" } }).plan,
      "perspective",
    ).rationale;
    expect(rationale).not.toMatch(/did better than they think/);
    expect(rationale).toMatch(/not a verdict/);
  });

  it("reads the offer as the evidence it is", () => {
    const rationale = stepOf(
      planFor({ candidacy: { status: "offer" } }).plan,
      "perspective",
    ).rationale;
    expect(rationale).toMatch(/offer shows/);
  });
});
