import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
} from "../../test-support/draft-checks.js";

describe.each(TONES)("call request (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("call-request", tone);

  it("serves the request-call step", () => {
    expect(stepNaming(plan, "call-request")?.strategy).toBe("request-call");
    expect(message.subject).toContain("Audit Senior");
  });

  it("asks for a ten-minute call to answer their questions better, with an example", () => {
    expect(message.body).toMatch(/^(Dear|Hi) Marie Dubois and Siobhán O'Neill,/);
    expect(message.body).toContain("ten-minute call");
    expect(message.body).toContain("I would open with the reconciliation I automated");
    expect(message.body).toMatch(/understand if a call (is not|isn't) possible/);
  });

  it("signs with name and contact details and is clean", () => {
    expect(message.body.trimEnd()).toMatch(/Ana Costa\nana\.costa@example\.com$/);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});
