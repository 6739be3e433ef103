import { describe, expect, it } from "vitest";
import { COMMON_WORDS } from "../../lint/common-words.js";
import { wordTokens } from "../../lint/text-scan.js";
import { TemplateIdSchema } from "../../plan/ids.js";
import { TONES } from "../../test-support/draft-checks.js";
import { draftingScenario, SCENARIO_FOR } from "../../test-support/message-scenarios.js";
import { renderMessage } from "../render-message.js";

/** Every word the person typed, in any field: those may be capitalised however they like. */
function typedWords(value: unknown): Set<string> {
  const words = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === "string")
      for (const token of wordTokens(node)) words.add(token.word.replace(/['’]s$/, ""));
    else if (node !== null && typeof node === "object") Object.values(node).forEach(visit);
  };
  visit(value);
  return words;
}

describe("template wording", () => {
  // The name check flags a capitalised word close to an interviewer's name unless it is an everyday
  // word; so every capitalised word a template writes itself must be one, whoever is interviewing.
  it.each(TONES)("capitalises only everyday words of its own (%s)", (tone) => {
    const ownCapitalised = new Set<string>();
    for (const templateId of TemplateIdSchema.options) {
      const { debrief, plan } = draftingScenario({
        ...SCENARIO_FOR[templateId],
        slips: [{ what: "Arrived ten minutes late", kind: "late", noticed: "certain" }],
        circumstance: { description: "my father was taken to hospital", disclose: true },
        reference: { name: "Priya Shah", trusted: "yes" },
      });
      const message = renderMessage({ templateId, debrief, plan, tone });
      const typed = typedWords(debrief);
      for (const { word } of wordTokens(`${message.subject ?? ""}\n${message.body}`)) {
        const bare = word.replace(/['’]s$/, "");
        if (/^\p{Lu}/u.test(bare) && bare.length >= 3 && !typed.has(bare)) ownCapitalised.add(bare);
      }
    }
    expect(ownCapitalised.size).toBeGreaterThan(10);
    expect([...ownCapitalised].filter((word) => !COMMON_WORDS.has(word.toLowerCase()))).toEqual([]);
  });
});
