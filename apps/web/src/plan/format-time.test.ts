import { describe, expect, it } from "vitest";
import { formatRemaining } from "./format-time";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe("formatRemaining", () => {
  it("counts to the minute, rounding up so it never says zero too early", () => {
    expect(formatRemaining(30 * 1000)).toBe("less than a minute");
    expect(formatRemaining(MINUTE + 1)).toBe("2 minutes");
    expect(formatRemaining(HOUR)).toBe("1 hour");
    expect(formatRemaining(2 * HOUR + 59.5 * MINUTE)).toBe("3 hours");
    expect(formatRemaining(2 * HOUR + 5 * MINUTE)).toBe("2 hours 5 minutes");
  });

  it("drops the minutes once it is more than a day away", () => {
    expect(formatRemaining(24 * HOUR)).toBe("1 day");
    expect(formatRemaining(27 * HOUR + 10 * MINUTE)).toBe("1 day 3 hours");
  });
});
