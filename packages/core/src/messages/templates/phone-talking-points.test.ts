import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
} from "../../test-support/draft-checks.js";
import { draftingScenario, SCENARIO_FOR } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

describe.each(TONES)("phone talking points (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("phone-talking-points", tone);

  it("takes the place of a written call request, as a script with no subject", () => {
    expect(stepNaming(plan, "phone-talking-points")?.alternativeTo).toBe("request-call");
    expect(plan.steps.some((step) => step.strategy === "request-call")).toBe(false);
    expect(message.channel).toBe("phone");
    expect(message.subject).toBeNull();
  });

  it("is one point per line: who to call, an opening, honesty, the case for fit and a close", () => {
    const lines = message.body.split("\n");
    expect(lines[0]).toBe(
      "For your call with Marie Dubois and Siobhán O'Neill about the Audit Senior role:",
    );
    expect(lines.some((line) => line.startsWith("Open:"))).toBe(true);
    expect(lines.some((line) => line.startsWith("Be honest:"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^End:.*do(n't| not) ring again\.$/);
  });

  it("points to the better answer without quoting the review, and leaves the forgotten point to the thank-you", () => {
    expect(message.body).toContain("Offer the better answer you worked out in your review");
    expect(message.body).not.toContain("reconciliation I automated");
    expect(message.body).not.toContain("audit files");
  });

  it("carries the circumstance as a talking point when the plan gives it to the call", () => {
    const { debrief: withCircumstance, plan: callPlan } = draftingScenario({
      ...SCENARIO_FOR["phone-talking-points"],
      circumstance: { description: "private note", disclose: true },
    });
    const points = renderMessage({
      templateId: "phone-talking-points",
      debrief: withCircumstance,
      plan: callPlan,
      tone,
    });
    expect(points.body).toContain("a serious personal matter");
    expect(points.body).not.toContain("private note");
    const thankYou = renderMessage({
      templateId: "thank-you-email",
      debrief: withCircumstance,
      plan: callPlan,
      tone,
    });
    expect(thankYou.body).not.toMatch(/personal matter|not as an excuse/);
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
