import { describe, expect, it } from "vitest";
import { disagreementOf } from "../../test-support/disagreement-of.js";
import { planFor, TEST_INTERVIEW_END } from "../../test-support/test-debrief.js";

const ended = Date.parse(TEST_INTERVIEW_END);
const minutesAfter = (minutes: number) => new Date(ended + minutes * 60_000);
const exhausted = [
  { sentAt: "2026-11-20T15:30:00Z", answered: false },
  { sentAt: "2026-11-20T15:40:00Z", answered: false },
] as const;

describe("disagreement timing (Clarity / Blake)", () => {
  it.each([
    { name: "fresh interview, calm", overrides: {}, now: minutesAfter(30), expected: true },
    {
      name: "raw the next morning",
      overrides: { feelings: { rawness: "raw" } },
      now: minutesAfter(18 * 60),
      expected: true,
    },
    {
      name: "calm the next morning: no cool-off",
      overrides: {},
      now: minutesAfter(18 * 60),
      expected: false,
    },
    {
      name: "cooling off, but no outreach left to time",
      overrides: { followUps: exhausted },
      now: minutesAfter(60),
      expected: false,
    },
  ] as const)("applies when $name → $expected", ({ overrides, now, expected }) => {
    expect(disagreementOf(planFor(overrides, now).plan, "timing") !== undefined).toBe(expected);
  });

  it("raw feelings pick Clarity's longer wait; calm ones Blake's short pause", () => {
    const raw = disagreementOf(
      planFor({ feelings: { rawness: "raw" } }, minutesAfter(30)).plan,
      "timing",
    );
    const calm = disagreementOf(planFor({}, minutesAfter(30)).plan, "timing");
    expect(raw?.pick).toMatch(/about a day/);
    expect(calm?.pick).toMatch(/few hours/);
    expect(raw?.sides.map((side) => side.source)).toEqual(["CR-finance", "JofA"]);
  });

  it.each([
    { rawness: "calm", said: /feel calm/ },
    { rawness: "uneasy", said: /uneasy rather than raw/ },
    { rawness: "unknown", said: /weren't sure how you feel/ },
  ] as const)("says why in the person's own terms ($rawness)", ({ rawness, said }) => {
    const why = disagreementOf(
      planFor({ feelings: { rawness } }, minutesAfter(30)).plan,
      "timing",
    )?.why;
    expect(why).toMatch(said);
    // "Don't know" is no answer about rawness: nothing claims they aren't feeling raw.
    expect(why).not.toMatch(/aren't feeling raw/);
  });
});
