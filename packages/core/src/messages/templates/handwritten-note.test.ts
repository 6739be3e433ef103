import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("handwritten note (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("handwritten-note", tone);

  it("is the card a small organisation's plan asks for, with no subject", () => {
    expect(stepNaming(plan, "handwritten-note")?.strategy).toBe("handwritten-note");
    expect(message.channel).toBe("handwritten-note");
    expect(message.subject).toBeNull();
  });

  it("names the interviewers as typed, something appreciated, and how to reach the person", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toContain("the Audit Senior role");
    expect(message.body).toContain("client service and integrity");
    expect(message.body).toContain("ana.costa@example.com");
    expect(message.body).toMatch(/stay in touch/);
  });

  it("fits a card and is clean", () => {
    expect(message.wordLimit).toBe(100);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
