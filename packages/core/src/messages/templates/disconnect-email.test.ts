import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("disconnect email (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("disconnect-email", tone);

  it("serves the acknowledge-disconnect step once the thank-you has gone", () => {
    expect(stepNaming(plan, "disconnect-email")?.strategy).toBe("acknowledge-disconnect");
    expect(message.strategy).toBe("acknowledge-disconnect");
    expect(message.subject).not.toBeNull();
  });

  it("owns the gap and restates interest with the values, keeping the review's notes private", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toContain("a gap between some of my answers and what you were");
    expect(message.body).not.toContain("I would open with the reconciliation I automated");
    expect(message.body).toContain("client service and integrity");
  });

  it("neither apologises nor repeats what went wrong, and is clean", () => {
    expect(message.body).not.toMatch(/sorry|apologi|IFRS|wandered/i);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
