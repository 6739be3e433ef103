import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("reference tip-off (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("reference-tip-off", tone);

  it("serves the reference-tip-off step and goes to the reference, not the interviewers", () => {
    expect(stepNaming(plan, "reference-tip-off")?.strategy).toBe("reference-tip-off");
    expect(message.to).toEqual(["Priya Shah"]);
    // Someone the person knows: by first name in either tone, never "Dear Priya Shah,".
    expect(message.body).toMatch(tone === "formal" ? /^Dear Priya,\n/ : /^Hi Priya,\n/);
    expect(message.body).not.toContain("Marie Dubois");
  });

  it("says how it went and asks for what the person wrote for the reference, nothing written for the employer", () => {
    expect(message.body).toContain("the Audit Senior role at Hartley & Price");
    expect(message.body).toMatch(
      /mention what I did(n't| not) get across myself: my lead role on the year-end close\./,
    );
    expect(message.body).not.toContain("audit files");
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
