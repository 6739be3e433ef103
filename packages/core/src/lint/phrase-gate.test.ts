import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testDebrief } from "../test-support/test-debrief.js";
import { mayHoldPhrase, PHRASE_GATED_RULES } from "./phrase-gate.js";
import { repeatApology } from "./rules/repeat-apology.js";

// Phrase fragments of every gated rule, cut and recombined, with random case and filler.
const fragments = fc.constantFrom(
  "I'm so sorry for the interview",
  "sorry the interview went badly",
  "very sorry",
  "apologise",
  "because I was tired",
  "I was nervous",
  "stuck in traffic",
  "I'll drop by your office",
  "I'll keep calling",
  "I will call you every day",
  "another interview",
  "a do-over",
  "I'm begging",
  "please please",
  "I deserve",
  "you must call",
  "my bad",
  "desperate",
  "so stupid of me",
  "I blew it",
  "my own fault",
  "spilled the water jug",
  "Sorry again",
  "sorry",
  "So",
  " ",
  ".",
  "\n",
  "’",
  "x",
);
const texts = fc
  .tuple(fc.array(fragments, { maxLength: 12 }), fc.nat(), fc.nat(200))
  .map(([parts, seed, cut]) => {
    const text = parts.join(seed % 2 === 0 ? " " : "");
    // Cut a word in half now and then, and flip the case of some letters.
    const cutText = seed % 3 === 0 ? text.slice(0, cut) + text.slice(cut + 2) : text;
    return cutText.replace(/[a-z]/gi, (char, index: number) =>
      (seed >> (index % 20)) & 1 ? char.toUpperCase() : char.toLowerCase(),
    );
  });

// A slip apologised for in person, so that repeat-apology has something to find.
const context = {
  debrief: testDebrief({
    slips: [
      {
        what: "Spilled the water jug",
        kind: "physical-mishap",
        noticed: "certain",
        apologisedInPerson: true,
      },
    ],
  }),
  channel: "email",
} as const;

describe("mayHoldPhrase", () => {
  it("is false only for texts where every gated rule finds nothing", () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ maxLength: 60 })), (text) => {
        if (mayHoldPhrase(text)) return;
        for (const rule of PHRASE_GATED_RULES) expect(rule(text, context)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the phrases it stands for", () => {
    expect(mayHoldPhrase("I'm SO sorry")).toBe(true);
    expect(mayHoldPhrase("I will drop by your office")).toBe(true);
    expect(mayHoldPhrase("Thank you for your time.")).toBe(false);
    // The generated texts can hold a repeated apology, which the gate lets through.
    const repeated = "Sorry again for spilling the water jug.";
    expect(repeatApology(repeated, context)).not.toEqual([]);
    expect(mayHoldPhrase(repeated)).toBe(true);
  });
});
