import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("gracious rejection reply (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("rejection-reply", tone);

  it("serves the gracious-rejection-reply step", () => {
    expect(stepNaming(plan, "rejection-reply")?.strategy).toBe("gracious-rejection-reply");
    expect(message.subject).toMatch(/letting me know/);
  });

  it("thanks them, admits the disappointment, and asks to be kept in mind", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toContain("disappointed");
    expect(message.body).toMatch(/grateful/);
    expect(message.body).toMatch(/another opening at Hartley & Price/);
  });

  it("keeps its dignity: no apology, no plea to reconsider, and is clean", () => {
    expect(message.body).not.toMatch(/sorry|apologi|reconsider|chance/i);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
