import { describe, expect, it } from "vitest";
import { firstWords, joinList, softenSlotBraces } from "./text-tools.js";

describe("firstWords", () => {
  it("puts typed text on one line", () => {
    expect(firstWords("  Led the\n\tERP   migration ", 10)).toBe("Led the ERP migration");
  });

  it("cuts after the last kept word with an ellipsis, or with nothing for names", () => {
    expect(firstWords("one two, three four", 2)).toBe("one two…");
    expect(firstWords("Maria de los Angeles", 2, "")).toBe("Maria de");
  });
});

describe("softenSlotBraces", () => {
  it("turns typed slot braces into parentheses and leaves everything else as typed", () => {
    expect(softenSlotBraces("Hi {{company}}")).toBe("Hi ((company))");
    const typed = "<img src=x onerror=alert(1)> [Name] <script> {budget} TODO";
    expect(softenSlotBraces(typed)).toBe(typed);
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
