import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("stay in touch (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("stay-in-touch", tone);

  it("serves the stay-in-touch step", () => {
    expect(stepNaming(plan, "stay-in-touch")?.strategy).toBe("stay-in-touch");
    expect(message.subject).not.toBeNull();
  });

  it("keeps goodwill with the values remembered and nothing owed in return", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toContain("I still think highly of Hartley & Price");
    expect(message.body).toContain("client service and integrity");
    expect(message.body).toMatch(/no need to reply/i);
    expect(message.body).not.toMatch(/feedback|\?/);
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
