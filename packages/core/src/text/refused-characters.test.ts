import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgencyCopySchema } from "../agency/agency-copy.js";
import { ShareSummarySchema } from "../agency/share-summary.js";
import { DebriefSchema } from "../debrief/debrief.js";
import { testDebrief } from "../test-support/test-debrief.js";
import { refusedCharacterIn, withoutRefusedCharacters } from "./refused-characters.js";

describe("refusedCharacterIn", () => {
  it.each([
    ["NUL", "Sam\u0000Lee", "control"],
    ["a bell", "Sam\u0007", "control"],
    ["DEL", "Sam\u007f", "control"],
    ["a C1 control", "Sam\u0085", "control"],
    ["a lone high surrogate", "Sam \ud83d", "broken"],
    ["a lone low surrogate", "\ude00 Sam", "broken"],
    ["a reversed pair", "\ude00\ud83d", "broken"],
    ["right-to-left override", "Invoice\u202Efdp.exe", "direction"],
    ["left-to-right embedding", "\u202AMarie", "direction"],
    ["first strong isolate", "Marie\u2068", "direction"],
    ["pop directional isolate", "\u2069", "direction"],
  ])("refuses %s", (_name, text, kind) => expect(refusedCharacterIn(text)).toBe(kind));

  it.each([
    ["plain text", "Marie Okafor"],
    ["tab and line breaks", "one\ttwo\nthree\r\nfour"],
    ["an emoji (a surrogate pair)", "Thanks 🙂"],
    ["accents and other scripts", "Zoë, Ørsted, 山田, שלום, مرحبا"],
    ["the implicit direction marks right-to-left text needs", "\u200Fשלום\u200E \u061C"],
  ])("accepts %s", (_name, text) => expect(refusedCharacterIn(text)).toBeNull());

  it("finds nothing left once the refused characters are removed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(refusedCharacterIn(withoutRefusedCharacters(text))).toBeNull();
      }),
    );
  });
});

describe("text fields refuse them with the field's name in plain words", () => {
  it("in a debrief", () => {
    const parsed = DebriefSchema.safeParse({
      ...testDebrief(),
      organisation: { name: "North\u0000wind" },
      candidate: { name: "Sam\ud800" },
      interviewers: [{ name: "Marie \u202Eokafor" }],
    });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(
      parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [],
    );
    expect(messages).toEqual({
      "organisation.name":
        "Organisation name contains an invisible control character (such as NUL): remove it.",
      "candidate.name":
        "Your name contains a broken character (half of an emoji or symbol): retype it.",
      "interviewers.0.name":
        "Interviewer name contains an invisible character that reverses the text's direction (such as U+202E), which could disguise what it says: remove it.",
    });
  });

  it("in an agency's copy and a shared summary", () => {
    expect(AgencyCopySchema.safeParse({ title: "Acme\u202E" }).error?.issues[0]?.message).toMatch(
      /^Title contains an invisible character/,
    );
    expect(
      ShareSummarySchema.safeParse({ name: "Sam", contact: "sam\u0000@x", planHeadline: "Hi" })
        .error?.issues[0]?.message,
    ).toMatch(/^Contact contains an invisible control character/);
  });
});
