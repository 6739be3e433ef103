import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
} from "../../test-support/draft-checks.js";
import { draftingScenario } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

describe.each(TONES)("circumstances message (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("circumstances-message", tone);

  it("serves the explain-circumstances step", () => {
    expect(stepNaming(plan, "circumstances-message")?.strategy).toBe("explain-circumstances");
    expect(message.subject).toMatch(/context/);
  });

  it("tells the circumstance once, as context, and keeps the focus on interest", () => {
    expect(message.body).toMatch(/^(Dear|Hi) Marie Dubois and Siobhán O'Neill,/);
    expect(message.body).toContain("not as an excuse");
    expect(message.body.split("my father was taken to hospital the night before")).toHaveLength(2);
    expect(message.body).toContain("client service and integrity");
    expect(message.body).not.toMatch(/sympathy|forgive|sorry|apologi/i);
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});

it("says nothing of the day when the circumstance is not to be disclosed", () => {
  const { debrief, plan } = draftingScenario({
    circumstance: {
      description: "my father was taken to hospital the night before",
      disclose: false,
    },
  });
  const message = renderMessage({
    templateId: "circumstances-message",
    debrief,
    plan,
    tone: "warm",
  });
  expect(message.body).not.toMatch(/hospital|context/);
  expectCleanDraft(message, debrief);
});
