import type { Finding } from "@rebound/core";
import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

const finding = (start: number, end: number): Finding => ({
  ruleId: "grovelling",
  span: { start, end },
  message: "m",
  suggestion: "s",
});

describe("highlightSegments", () => {
  it("cuts the text into plain and flagged runs that join back to the original", () => {
    const text = "I am so very sorry, truly.";
    const segments = highlightSegments(text, [finding(5, 18), finding(8, 12), finding(20, 99)]);
    expect(segments).toEqual([
      { text: "I am ", finding: null },
      { text: "so very sorry", finding: 0 },
      { text: ", ", finding: null },
      { text: "truly.", finding: 2 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("ignores empty spans", () => {
    expect(highlightSegments("abc", [finding(1, 1)])).toEqual([{ text: "abc", finding: null }]);
  });
});
