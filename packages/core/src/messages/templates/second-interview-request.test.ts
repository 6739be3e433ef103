import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";
import { draftingScenario, SCENARIO_FOR } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

describe.each(TONES)("second-interview request (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("second-interview-request", tone);

  it("serves the last-resort step of a strong candidate, once the thank-you has gone", () => {
    expect(stepNaming(plan, "second-interview-request")?.strategy).toBe("request-second-interview");
    expect(message.subject).toContain("Audit Senior");
  });

  it("asks to meet again, once, and restates interest", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body.match(/meet again|another conversation/g)).toHaveLength(1);
    expect(message.body).toContain("client service and integrity");
  });

  it("neither begs nor demands, and is clean", () => {
    expect(message.body).not.toMatch(/chance|please|sorry|apologi/i);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});

it("carries a disclosed circumstance, in the words written for the employer, once", () => {
  const { debrief, plan } = draftingScenario({
    ...SCENARIO_FOR["second-interview-request"],
    interview: { severity: "noticeable" },
    circumstance: {
      description: "dad in hospital, couldn't think straight",
      disclose: true,
      forEmployer: "My father was taken to hospital the night before.",
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
  expect(message.body).not.toContain("couldn't think straight");
  expect(plan.steps.find((step) => step.strategy === "explain-circumstances")?.templates).toEqual([
    "second-interview-request",
  ]);
  expectCleanDraft(message, debrief);
});
