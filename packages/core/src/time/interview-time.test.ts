import { describe, expect, it } from "vitest";
import { CLOCK_SKEW_MS, interviewTimeIssue, MAX_INTERVIEW_AGE_MS } from "./interview-time.js";

const now = new Date("2026-11-21T10:00:00Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();

describe("interviewTimeIssue (ADVICE.md: time that cannot be)", () => {
  it("accepts an interview that just ended, or ended within the year", () => {
    expect(interviewTimeIssue(at(-60_000), now)).toBeNull();
    expect(interviewTimeIssue(at(-MAX_INTERVIEW_AGE_MS), now)).toBeNull();
  });

  it("allows a device clock a few minutes fast", () => {
    expect(interviewTimeIssue(at(CLOCK_SKEW_MS), now)).toBeNull();
  });

  it("refuses an end in the future, with a message a person can act on", () => {
    expect(interviewTimeIssue("2026-11-23T10:00:00+01:00", now)).toEqual({
      path: "interview.endedAt",
      message: expect.stringMatching(/can't have ended in the future/) as string,
    });
    expect(interviewTimeIssue(at(CLOCK_SKEW_MS + 1000), now)?.path).toBe("interview.endedAt");
  });

  it("refuses an interview more than a year ago (1906, or last year's date)", () => {
    expect(interviewTimeIssue("1906-04-18T13:12:00Z", now)?.message).toMatch(
      /more than a year ago/,
    );
    expect(interviewTimeIssue(at(-MAX_INTERVIEW_AGE_MS - 60_000), now)).not.toBeNull();
  });
});
