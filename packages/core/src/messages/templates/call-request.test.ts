import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("call request (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("call-request", tone);

  it("serves the request-call step, once the thank-you has gone", () => {
    expect(stepNaming(plan, "call-request")?.strategy).toBe("request-call");
    expect(plan.steps.some((step) => step.strategy === "thank-you-email")).toBe(false);
    expect(message.subject).toContain("Audit Senior");
  });

  it("asks for a ten-minute call, keeping the better answer worked out in review private", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toContain("ten-minute call");
    expect(message.body).not.toContain("reconciliation I automated");
    expect(message.body.match(/ten-minute call/g)).toHaveLength(1);
  });

  it("signs with name and contact details and is clean", () => {
    expect(message.body.trimEnd()).toMatch(/Ana Costa\nana\.costa@example\.com$/);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
