import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("phone talking points (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("phone-talking-points", tone);

  it("is offered as the alternative to a written call request, as a script with no subject", () => {
    expect(stepNaming(plan, "phone-talking-points")?.alternativeTo).toBe("request-call");
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

  it("carries the better answer and the forgotten point", () => {
    expect(message.body).toContain("Offer the better answer: I would open with the reconciliation");
    expect(message.body).toContain("Mention: I led the move of our audit files");
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
