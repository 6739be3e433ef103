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

describe("thank-you email: words for the reader (ADVICE.md: the person's words stay theirs)", () => {
  it("leads with what went well and how they see themselves contributing, in their words", () => {
    const { debrief, message } = render(
      {
        reflection: {
          wentWell: ["The audit case study", "private: I think I rambled"],
          successVision: "bringing my automation work to your month-end close",
        },
      },
      "warm",
    );
    const paragraphs = message.body.split("\n\n");
    expect(paragraphs[2]).toBe(
      "I really enjoyed our conversation, especially the audit case study.",
    );
    expect(paragraphs[3]).toBe(
      "I can already picture how I'd contribute: bringing my automation work to your month-end close.",
    );
    expect(message.body).not.toContain("rambled");
    expect(message.body).not.toContain("even more excited");
    expectCleanDraft(message, debrief);
  });

  it("never quotes a highlight that blames the person", () => {
    const { message } = render({ reflection: { wentWell: ["nothing, I was a total disaster"] } });
    expect(message.body).not.toMatch(/disaster|enjoyed our conversation/);
  });

  it.each([
    "my answer on reconciliations",
    "walking them through my model",
    "our volunteer scheme",
  ])("does not quote a review note that reads wrong to the interviewer (%s)", (note) => {
    const { message } = render({ reflection: { wentWell: [note] } });
    expect(message.body).not.toContain(note);
  });

  it.each([
    {
      why: "the slip's own words for the employer, as typed",
      forEmployer: "I'm sorry I took a call during our conversation.",
      expected: "I'm sorry I took a call during our conversation.",
    },
    {
      why: "our neutral line, when the words blame the person",
      forEmployer: "took a call from my mum halfway through, so stupid of me",
      expected: "I also apologise for one moment when I fell short of how I usually work.",
    },
  ])("apologises for a slip of another kind with $why", ({ forEmployer, expected }) => {
    const { debrief, message } = render({
      slips: [
        {
          what: "took a call from my mum halfway through",
          kind: "other",
          noticed: "certain",
          forEmployer,
        },
      ],
    });
    expect(message.body).toContain(expected);
    expect(message.body).not.toContain("my mum");
    expect(message.body).not.toContain("stupid");
    expectCleanDraft(message, debrief);
  });

  it("refuses words for the employer that repeat the wrong name", () => {
    const { message } = render({
      slips: [
        {
          what: "Called her Mary",
          kind: "wrong-name",
          noticed: "certain",
          saidInstead: "Mary",
          forEmployer: "Sorry for calling you Mary!",
        },
      ],
      interviewers: [{ name: "Marie Dubois" }],
    });
    expect(message.body).toContain("I also apologise for getting your name wrong when we spoke.");
    expect(message.body).not.toContain("Mary");
  });

  it("greets by the address rule: formal by honorific and surname, warm by first name", () => {
    const people = {
      interviewers: [
        { name: "Dr. Priya Natarajan" },
        { name: "José Álvarez", honorific: "Ms" },
        { name: "Anne-Sophie de la Tour d'Auvergne-Lauraguais", address: "Madame de la Tour" },
      ],
    };
    expect(render(people, "formal").message.body).toMatch(
      /^Dear Dr\. Natarajan, Ms Álvarez and Madame de la Tour,\n/,
    );
    expect(render(people, "warm").message.body).toMatch(/^Hi Priya, José and Anne-Sophie,\n/);
  });

  it("greets several people alike: full names for all when only some have a title", () => {
    const people = {
      interviewers: [{ name: "Ruth Adeyemi", honorific: "Ms" }, { name: "Owen Price" }],
    };
    expect(render(people, "formal").message.body).toMatch(/^Dear Ruth Adeyemi and Owen Price,\n/);
    expect(render(people, "warm").message.body).toMatch(/^Hi Ruth and Owen,\n/);
  });
});
