import { describe, expect, it } from "vitest";
import { countOf, nounFor, theCountOf } from "./plural.js";

const QUESTION = { one: "question", other: "questions" };

describe("plural forms", () => {
  it("picks the English form by Intl.PluralRules", () => {
    expect(countOf(0, QUESTION)).toBe("0 questions");
    expect(countOf(1, QUESTION)).toBe("1 question");
    expect(countOf(2, QUESTION)).toBe("2 questions");
    expect(nounFor(21, QUESTION)).toBe("questions");
  });

  it("drops the numeral after 'the' when there is only one", () => {
    expect(theCountOf(1, QUESTION)).toBe("the question");
    expect(theCountOf(3, QUESTION)).toBe("the 3 questions");
  });
});
