import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";
import { draftingScenario } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

describe.each(TONES)("circumstances message (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("circumstances-message", tone);

  it("serves the explain-circumstances step, once the thank-you has gone", () => {
    expect(stepNaming(plan, "circumstances-message")?.strategy).toBe("explain-circumstances");
    expect(message.subject).toMatch(/context/);
  });

  it("tells the circumstance once, in neutral words of our own, and keeps the focus on interest", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body.match(/rather than an excuse/g)).toHaveLength(1);
    expect(message.body).toContain("a serious personal matter");
    // What the person wrote for themselves about it stays private.
    expect(message.body).not.toContain("hospital");
    expect(message.body).toContain("client service and integrity");
    expect(message.body).not.toMatch(/sympathy|forgive|sorry|apologi|just this once/i);
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});

it("uses the words the person wrote for the employer, as typed", () => {
  const { debrief, plan } = draftingScenario({
    circumstance: {
      description: "dad rushed to A&E at 3am, I was a wreck",
      disclose: true,
      forEmployer: "My father was taken to hospital the night before our interview",
    },
    followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
  });
  const message = renderMessage({
    templateId: "circumstances-message",
    debrief,
    plan,
    tone: "formal",
  });
  expect(message.body).toContain(
    "Some context, not as an excuse: my father was taken to hospital the night before our interview.",
  );
  expect(message.body).not.toMatch(/A&E|wreck/);
  expectCleanDraft(message, debrief);
});

it("falls back to the neutral line when the words for the employer blame or apologise", () => {
  for (const forEmployer of ["I was a mess, so stupid of me", "Sorry, my father was ill"]) {
    const { debrief, plan } = draftingScenario({
      circumstance: { description: "private", disclose: true, forEmployer },
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
    });
    const message = renderMessage({
      templateId: "circumstances-message",
      debrief,
      plan,
      tone: "warm",
    });
    expect(message.body).not.toContain(forEmployer);
    expect(message.body).toContain("a serious personal matter");
    expectCleanDraft(message, debrief);
  }
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
