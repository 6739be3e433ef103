import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
} from "../../test-support/draft-checks.js";
import { draftingScenario, SCENARIO_FOR } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

describe.each(TONES)("second-interview request (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("second-interview-request", tone);

  it("serves the last-resort step of a strong candidate", () => {
    expect(stepNaming(plan, "second-interview-request")?.strategy).toBe("request-second-interview");
    expect(message.subject).toContain("Audit Senior");
  });

  it("says briefly that the interview fell short, asks to meet again and restates interest", () => {
    expect(message.body).toMatch(/^(Dear|Hi) Marie Dubois and Siobhán O'Neill,/);
    expect(message.body).toMatch(/interview did(n't| not) show you what I can bring/);
    expect(message.body).toMatch(/meet again|another conversation/);
    expect(message.body).toContain("client service and integrity");
  });

  it("neither begs nor demands, and is clean", () => {
    expect(message.body).not.toMatch(/chance|please|sorry|apologi/i);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});

it("gives a disclosed circumstance as context, not as an excuse", () => {
  const { debrief, plan } = draftingScenario({
    ...SCENARIO_FOR["second-interview-request"],
    interview: { severity: "noticeable" },
    circumstance: {
      description: "my father was taken to hospital the night before",
      disclose: true,
    },
  });
  const message = renderMessage({
    templateId: "second-interview-request",
    debrief,
    plan,
    tone: "formal",
  });
  expect(message.body).toContain(
    "Some context, not as an excuse: my father was taken to hospital the night before.",
  );
  expectCleanDraft(message, debrief);
});
