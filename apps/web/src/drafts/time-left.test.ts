import { describe, expect, it } from "vitest";
import { timeLeft } from "./time-left";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe("timeLeft", () => {
  it("says how long a held draft still waits, in plain words", () => {
    expect(timeLeft(30_000)).toBe("under a minute");
    expect(timeLeft(MINUTE + 1)).toBe("2 minutes");
    expect(timeLeft(HOUR)).toBe("1 hour");
    expect(timeLeft(95 * MINUTE)).toBe("1 hour 35 minutes");
    expect(timeLeft(27 * HOUR + 5 * MINUTE)).toBe("1 day 3 hours");
    expect(timeLeft(192 * HOUR)).toBe("8 days");
  });
});
