import { describe, expect, it } from "vitest";
import { findingsOf, flaggedText } from "../../test-support/lint-harness.js";

describe("lint grovelling", () => {
  it.each([
    { text: "I beg you to reconsider.", flagged: ["I beg you"] },
    { text: "Please, please give me a chance.", flagged: ["Please, please"] },
    { text: "I'm such an idiot for that answer.", flagged: [] }, // self-blame's, not begging
    { text: "I will do anything to join the team.", flagged: ["I will do anything"] },
    { text: "Please give me one more chance.", flagged: ["give me one more chance"] },
    { text: "I know I'm not good enough yet.", flagged: ["I know I'm not good enough"] },
    { text: "I would welcome the chance to talk again.", flagged: [] },
    { text: "Please let me know if you need anything else.", flagged: [] },
  ])("$text", ({ text, flagged }) => {
    expect(flaggedText(text, findingsOf("grovelling", text))).toEqual(flagged);
  });
});
