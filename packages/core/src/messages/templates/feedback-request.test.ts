import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("feedback request (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("feedback-request", tone);

  it("serves the request-feedback step, which only a rejected candidate's plan has", () => {
    expect(plan.status).toBe("rejected");
    expect(stepNaming(plan, "feedback-request")?.strategy).toBe("request-feedback");
  });

  it("asks one question about the interview and qualifications, not about fit", () => {
    expect(message.body).toMatch(/^(Dear|Hi) Marie Dubois and Siobhán O'Neill,/);
    expect(message.body).toContain("my interview, or my qualifications, stronger");
    expect(message.body.match(/\?/g)).toHaveLength(1);
    expect(message.body).not.toMatch(/\bfit\b|culture/i);
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
