import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDebriefAndNow } from "../test-support/arbitrary-debrief.js";
import { fixAll } from "../test-support/lint-harness.js";
import { testDebrief } from "../test-support/test-debrief.js";
import { applyFix } from "./apply-fix.js";
import { FindingSchema } from "./finding.js";
import { lintDraft } from "./lint-draft.js";

const debrief = testDebrief({
  interviewers: [{ name: "Marie Dubois" }],
  slips: [
    { what: "Called Marie “Mary”", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" },
    { what: "Spilled water", kind: "physical-mishap", noticed: "unsure" },
  ],
  organisation: { name: "Hartley & Price LLP", role: "Audit Senior" },
});
const context = { debrief, channel: "email" } as const;

const messy = [
  "Dear Mary,",
  "Thank you for meeting me about the [Role] role. I'm so sorry for the interview.",
  "Sorry also for spilling the water. I'm sorry I got your name wrong.",
  "I would welcome the chance to talk again.",
  "Best wishes,",
  "Sam",
].join("\n");

describe("lintDraft", () => {
  it("passes a well-judged draft", () => {
    const clean =
      "Dear Marie,\nThank you for meeting me about the Audit Senior role at Hartley & Price LLP. I'm sorry I got your name wrong.\nBest wishes,\nSam";
    expect(lintDraft(clean, context)).toEqual([]);
  });

  it("reports every problem of a messy draft in text order, each a valid finding", () => {
    const findings = lintDraft(messy, context);
    expect(
      findings.map((finding) => [
        finding.ruleId,
        messy.slice(finding.span.start, finding.span.end),
      ]),
    ).toEqual([
      ["interviewer-name", "Mary"],
      ["placeholder", "[Role]"],
      ["blanket-apology", "I'm so sorry for the interview."],
      ["blanket-apology", "Sorry"],
      ["unnoticed-slip", "Sorry also for spilling the water."],
      ["blanket-apology", "sorry"],
    ]);
    for (const finding of findings) expect(FindingSchema.parse(finding)).toEqual(finding);
  });

  it("applying every fix leaves a draft that lints clean", () => {
    const fixed = fixAll(messy, lintDraft(messy, context));
    expect(fixed).toBe(
      "Dear Marie,\nThank you for meeting me about the Audit Senior role.\nI'm sorry I got your name wrong.\nI would welcome the chance to talk again.\nBest wishes,\nSam",
    );
    expect(lintDraft(fixed, context)).toEqual([]);
  });

  it("reads each draft against its own debrief when drafts of several debriefs alternate", () => {
    // The facts of the last debrief are kept for the next draft: a new debrief must replace them.
    const toMary = testDebrief({ interviewers: [{ name: "Mary Jones" }] });
    const flagsMary = (against: typeof debrief) =>
      lintDraft(messy, { debrief: against, channel: "email" }).some(
        (finding) =>
          finding.ruleId === "interviewer-name" &&
          messy.slice(finding.span.start, finding.span.end) === "Mary",
      );
    for (let round = 0; round < 2; round++) {
      expect(flagsMary(debrief)).toBe(true);
      expect(flagsMary(toMary)).toBe(false);
    }
  });

  it("never throws, and every span lies inside the text, whatever the draft and the debrief", () => {
    fc.assert(
      fc.property(
        arbitraryDebriefAndNow,
        fc.string({ maxLength: 300 }),
        ({ debrief: any }, text) => {
          for (const finding of lintDraft(text, { debrief: any, channel: "email" })) {
            expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
            expect(finding.span.end).toBeLessThanOrEqual(text.length);
            expect(typeof applyFix(text, finding)).toBe("string");
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
