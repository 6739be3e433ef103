import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("feedback request (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("feedback-request", tone);

  it("is drafted only on request: in a plan the question is a line of the gracious reply", () => {
    expect(plan.status).toBe("rejected");
    expect(stepNaming(plan, "feedback-request")).toBeUndefined();
    expect(stepNaming(plan, "rejection-reply")?.strategy).toBe("gracious-rejection-reply");
    expect(message.strategy).toBe("request-feedback");
  });

  it("asks one question about the interview and qualifications, not about fit", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toContain("my interview, or my qualifications, stronger");
    expect(message.body.match(/\?/g)).toHaveLength(1);
    expect(message.body).not.toMatch(/\bfit\b|culture/i);
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
