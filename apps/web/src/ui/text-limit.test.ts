import { describe, expect, it } from "vitest";
import { limitAnnouncement, limitLevel, noteLines, noteLinesSummary } from "./text-limit";

describe("text limits", () => {
  it("warns from 90 % of the limit and flags what is over it", () => {
    expect(limitLevel(179, 200)).toBe("ok");
    expect(limitLevel(180, 200)).toBe("near");
    expect(limitLevel(200, 200)).toBe("near");
    expect(limitLevel(201, 200)).toBe("over");
  });

  it("counts the items and the longest line, blank lines left out", () => {
    const state = noteLines("Clear answer\n\n  " + "x".repeat(190) + "  \n", 200, 10);
    expect(state.lines).toHaveLength(2);
    expect(state.longest).toEqual({ line: 2, length: 190 });
    expect(noteLinesSummary(state, 200, 10)).toBe("2 of 10 lines · longest 190 of 200 characters");
  });

  it("names the line that is over, and says the limit", () => {
    const state = noteLines("x".repeat(214), 200, 5);
    expect(noteLinesSummary(state, 200, 5)).toBe(
      "1 of 5 lines · line 1 has 214 characters: keep each to 200",
    );
  });

  it("announces only a threshold, so the live region is quiet while typing below it", () => {
    expect(limitAnnouncement("ok", 200, "A line")).toBe("");
    expect(limitAnnouncement("near", 200, "A line")).toBe(
      "A line is close to the 200-character limit.",
    );
    // The same words for 181 and 199 characters: nothing new to say on each keystroke.
    expect(limitAnnouncement(limitLevel(181, 200), 200, "A line")).toBe(
      limitAnnouncement(limitLevel(199, 200), 200, "A line"),
    );
  });
});
