import { describe, expect, it } from "vitest";
import { fitToLimit } from "./fit-to-limit.js";

const parts = [
  { text: "Dear Ana," },
  { text: "one two three", drop: 2 },
  { text: "four five", drop: 5 },
  { text: "six seven eight", drop: 2 },
  { text: "Thanks." },
];

describe("fitToLimit", () => {
  it("keeps every part when the draft already fits", () => {
    expect(fitToLimit(parts, " | ", 100)).toBe(
      "Dear Ana, | one two three | four five | six seven eight | Thanks.",
    );
  });

  it("drops the highest priority first, then the later of two equal ones", () => {
    expect(fitToLimit(parts, " | ", 9)).toBe(
      "Dear Ana, | one two three | six seven eight | Thanks.",
    );
    expect(fitToLimit(parts, " | ", 6)).toBe("Dear Ana, | one two three | Thanks.");
  });

  it("returns null when the essential parts alone are too long", () => {
    expect(fitToLimit(parts, " | ", 2)).toBeNull();
  });

  it("skips empty parts so no blank paragraph is left", () => {
    expect(fitToLimit([{ text: "A" }, { text: "" }, { text: "B" }], "\n\n", 10)).toBe("A\n\nB");
  });
});
