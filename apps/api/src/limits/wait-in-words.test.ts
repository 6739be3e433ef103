import { describe, expect, it } from "vitest";
import { waitInWords } from "./wait-in-words.js";

describe("waitInWords", () => {
  it("says seconds under a minute and whole minutes, rounded up, from a minute on", () => {
    expect(waitInWords(1)).toBe("1 second");
    expect(waitInWords(45)).toBe("45 seconds");
    expect(waitInWords(60)).toBe("1 minute");
    expect(waitInWords(61)).toBe("2 minutes");
    expect(waitInWords(3600)).toBe("60 minutes");
  });
});
