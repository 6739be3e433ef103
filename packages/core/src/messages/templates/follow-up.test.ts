import { describe, expect, it } from "vitest";
import {
  expectCleanDraft,
  findingsFor,
  scenarioDraft,
  stepNaming,
  TONES,
  SCENARIO_GREETING,
} from "../../test-support/draft-checks.js";
import { draftingScenario } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

describe.each(TONES)("one follow-up (%s)", (tone) => {
  const { debrief, plan, message } = scenarioDraft("follow-up", tone);

  it("serves the one-follow-up step", () => {
    expect(stepNaming(plan, "follow-up")?.strategy).toBe("one-follow-up");
    expect(message.subject).toContain("Audit Senior");
  });

  it("asks politely for news and leaves them time, without pressing", () => {
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toMatch(
      /any (update|news) (on|about) the Audit Senior role at Hartley & Price/,
    );
    expect(message.body).toMatch(/decisions take time/);
    expect(message.body).not.toMatch(/again and again|still waiting|urgent/i);
  });

  it("is clean", () => {
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});

it("is left out of the plan, and flagged if drafted anyway, once a follow-up went unanswered", () => {
  const { debrief, plan } = draftingScenario({
    followUps: [
      { sentAt: "2026-11-20T18:00:00Z", answered: false },
      { sentAt: "2026-11-27T09:00:00Z", answered: false },
    ],
  });
  expect(stepNaming(plan, "follow-up")).toBeUndefined();
  const message = renderMessage({ templateId: "follow-up", debrief, plan, tone: "warm" });
  expect(new Set(findingsFor(message, debrief).map((finding) => finding.ruleId))).toEqual(
    new Set(["second-follow-up"]),
  );
});
