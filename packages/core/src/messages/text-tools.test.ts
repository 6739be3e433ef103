import { describe, expect, it } from "vitest";
import { firstWords, joinList, neutralisePlaceholders } from "./text-tools.js";

describe("firstWords", () => {
  it("puts typed text on one line", () => {
    expect(firstWords("  Led the\n\tERP   migration ", 10)).toBe("Led the ERP migration");
  });

  it("cuts after the last kept word with an ellipsis, or with nothing for names", () => {
    expect(firstWords("one two, three four", 2)).toBe("one two…");
    expect(firstWords("Maria de los Angeles", 2, "")).toBe("Maria de");
  });
});

describe("neutralisePlaceholders", () => {
  it("softens what would read as a leftover placeholder", () => {
    expect(neutralisePlaceholders("Hi [name], {{company}} <Role> TODO")).toBe(
      "Hi (name), ((company)) (Role) todo",
    );
  });

  it("leaves other text, markup-looking included, exactly as typed", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    expect(neutralisePlaceholders(`Dear ${hostile},`)).toBe(`Dear ${hostile},`);
    expect(neutralisePlaceholders("R&D {budget} 5 < 6")).toBe("R&D {budget} 5 < 6");
  });
});

describe("joinList", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B and C"],
  ])("%j → %j", (items, expected) => {
    expect(joinList(items)).toBe(expected);
  });
});
