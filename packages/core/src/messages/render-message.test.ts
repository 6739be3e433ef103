import { describe, expect, it } from "vitest";
import { TemplateIdSchema } from "../plan/ids.js";
import { expectCleanDraft, TONES } from "../test-support/draft-checks.js";
import { draftingScenario } from "../test-support/message-scenarios.js";
import { testDebrief } from "../test-support/test-debrief.js";
import { choosePlan } from "../plan/choose-plan.js";
import { renderMessage } from "./render-message.js";
import { countWords } from "./word-limits.js";

const TEMPLATE_IDS = TemplateIdSchema.options;

describe("renderMessage", () => {
  it("turns on only the sections the message plan gives the template", () => {
    const wantsCall = {
      standing: { believesFit: "yes" },
      interview: { severity: "noticeable" },
    } as const;
    const asked = draftingScenario(wantsCall);
    const thankYou = renderMessage({ templateId: "thank-you-email", ...asked, tone: "formal" });
    expect(thankYou.body.match(/ten-minute call/g)).toHaveLength(1);
    expect(thankYou.body).toContain("I led the move of our audit files");
    // Without the request-call step, the same template asks for nothing.
    const plain = draftingScenario();
    const noAsk = renderMessage({ templateId: "thank-you-email", ...plain, tone: "formal" });
    expect(noAsk.body).not.toContain("call");
  });

  it("serves the template's own strategy when the plan does not name it", () => {
    const { debrief, plan } = draftingScenario();
    const message = renderMessage({ templateId: "feedback-request", debrief, plan, tone: "warm" });
    expect(message.strategy).toBe("request-feedback");
    expectCleanDraft(message, debrief);
  });

  it("passes a hostile name through as plain text, unchanged, and it lints clean", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const { debrief, plan } = draftingScenario({
      interviewers: [{ name: hostile }],
      candidate: { name: hostile },
    });
    for (const templateId of ["thank-you-email", "handwritten-note", "follow-up"] as const) {
      const message = renderMessage({ templateId, debrief, plan, tone: "formal" });
      expect(message.to).toEqual([hostile]);
      expect(message.body.startsWith(`Dear ${hostile},\n`)).toBe(true);
      expect(message.body).toContain(`\n${hostile}`);
      expectCleanDraft(message, debrief);
    }
  });

  it.each(["<script>", "[Name]", "<Role> TODO"])(
    "keeps a typed name shaped like a placeholder (%s) exactly as typed, and it lints clean",
    (name) => {
      const { debrief, plan } = draftingScenario({ interviewers: [{ name }] });
      const message = renderMessage({
        templateId: "thank-you-email",
        debrief,
        plan,
        tone: "formal",
      });
      expect(message.body.startsWith(`Dear ${name},`)).toBe(true);
      expectCleanDraft(message, debrief);
    },
  );

  it("softens typed slot braces, which would read as an unfilled slot", () => {
    const { debrief, plan } = draftingScenario({ interviewers: [{ name: "{{boss}}" }] });
    const message = renderMessage({ templateId: "thank-you-email", debrief, plan, tone: "formal" });
    expect(message.body.startsWith("Dear ((boss)),")).toBe(true);
    expectCleanDraft(message, debrief);
  });
});

describe.each(TONES)("every template (%s)", (tone) => {
  it.each(TEMPLATE_IDS)(
    "%s leaves no slot unfilled when the debrief holds only what is required",
    (templateId) => {
      const debrief = testDebrief();
      const message = renderMessage({
        templateId,
        debrief,
        plan: choosePlan(debrief, new Date(debrief.interview.endedAt)),
        tone,
      });
      expect(message.body).toMatch(/^(Hello,|For your call with the interviewer about the role:)/);
      expect(message.body).not.toMatch(/[{}[\]]/);
      expectCleanDraft(message, debrief);
    },
  );

  // Every field at its longest, in short words: optional parts go, then typed text is shortened.
  const word = "abc ";
  const long = (chars: number) => word.repeat(Math.floor(chars / word.length)).trim();
  const longest = draftingScenario({
    organisation: { name: long(80), role: long(200), values: [long(200), long(200), long(200)] },
    interviewers: [{ name: long(80) }, { name: long(80) }, { name: long(80) }, { name: long(80) }],
    candidate: {
      name: long(80),
      email: "a.very.long.address.for.testing@example.com",
      phone: long(40),
    },
    forgotten: [1, 2, 3].map(() => ({ kind: "other" as const, detail: long(200) })),
    reflection: { answerDifferently: long(1000) },
    circumstance: { description: long(1000), disclose: true },
    reference: { name: long(80), trusted: "yes", canMention: long(1000) },
    standing: {
      strength: "strong",
      employerLeaning: "yes",
      believesFit: "yes",
      valuesOrganisation: "yes",
    },
    interview: { severity: "severe" },
    career: { comfortableOnPhone: "yes" },
  });

  it.each(TEMPLATE_IDS)(
    "%s stays within its word limit with every field at its longest",
    (templateId) => {
      const message = renderMessage({ templateId, ...longest, tone });
      expect(countWords(message.body)).toBeLessThanOrEqual(message.wordLimit);
      expectCleanDraft(message, longest.debrief);
    },
  );
});
