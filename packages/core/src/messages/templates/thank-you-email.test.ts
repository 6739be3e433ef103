import { describe, expect, it } from "vitest";
import { expectCleanDraft, TONES, SCENARIO_GREETING } from "../../test-support/draft-checks.js";
import { draftingScenario } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

const render = (
  overrides: Parameters<typeof draftingScenario>[0],
  tone: (typeof TONES)[number] = "formal",
) => {
  const { debrief, plan } = draftingScenario(overrides);
  return {
    debrief,
    message: renderMessage({ templateId: "thank-you-email", debrief, plan, tone }),
  };
};

describe.each(TONES)("thank-you email (%s)", (tone) => {
  const { debrief, message } = render({}, tone);

  it("thanks every recipient by name as typed, for the role at the company", () => {
    expect(message.to).toEqual(["Marie Dubois", "Siobhán O'Neill"]);
    expect(message.body).toMatch(SCENARIO_GREETING);
    expect(message.body).toContain("the Audit Senior role at Hartley & Price");
    expect(message.subject).not.toBeNull();
  });

  it("puts the forgotten point on the record and ties interest to the organisation's values", () => {
    expect(message.body).toContain("I led the move of our audit files to a new cloud platform");
    expect(message.body).toContain("client service and integrity");
  });

  it("signs with the person's name and is clean", () => {
    expect(message.body.trimEnd()).toMatch(/Ana Costa$/);
    expect(message.body).not.toMatch(/[{}[\]]/);
    expectCleanDraft(message, debrief);
  });
});

describe("thank-you email sections follow the plan", () => {
  it("apologises in one line for a slip the interviewer surely noticed", () => {
    const { debrief, message } = render({
      slips: [
        { what: "Called her Mary", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" },
      ],
      interviewers: [{ name: "Marie Dubois" }],
    });
    expect(message.body).toContain("I also apologise for getting your name wrong");
    expect(message.body).not.toContain("Mary");
    expect(message.body.match(/apologi|sorry/gi)).toHaveLength(1);
    expectCleanDraft(message, debrief);
  });

  it.each([
    [
      "the interviewer may not have noticed",
      { noticed: "unsure" as const, apologisedInPerson: false },
    ],
    [
      "it was already apologised for in person",
      { noticed: "certain" as const, apologisedInPerson: true },
    ],
  ])("says nothing of a slip when %s", (_why, slip) => {
    const { debrief, message } = render({
      slips: [{ what: "Arrived ten minutes late", kind: "late", ...slip }],
    });
    expect(message.body).not.toMatch(/apologi|sorry|late/i);
    expectCleanDraft(message, debrief);
  });

  it("owns a noticed disconnect when the thank-you has not gone yet", () => {
    const { debrief, message } = render({
      slips: [
        {
          what: "Misread the consolidation question",
          kind: "misunderstood-question",
          noticed: "certain",
        },
      ],
    });
    expect(message.body).toContain(
      "a gap between some of my answers and what you were looking for",
    );
    expectCleanDraft(message, debrief);
  });

  it("leaves an unimportant forgotten point out", () => {
    const { message } = render({
      forgotten: [{ kind: "other", detail: "I play chess at club level", important: false }],
    });
    expect(message.body).not.toContain("chess");
  });
});
