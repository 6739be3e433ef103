import { describe, expect, it } from "vitest";
import { soundex } from "./soundex.js";

describe("soundex", () => {
  it.each([
    ["Mary", "M600"],
    ["Marie", "M600"],
    ["Mark", "M620"],
    ["Robert", "R163"],
    ["Rupert", "R163"],
    ["Ashcraft", "A261"],
    ["Tymczak", "T522"],
    ["Pfister", "P236"],
    ["José", "J200"],
    ["", ""],
  ])("%s → %s", (word, code) => {
    expect(soundex(word)).toBe(code);
  });
});
