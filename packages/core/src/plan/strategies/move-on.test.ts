import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

// The first contact is the thank-you; the follow-up after it is the one that went unanswered.
const thankYou = { sentAt: "2026-11-20T18:00:00Z", answered: false } as const;
const unanswered = [thankYou, { sentAt: "2026-11-21T08:00:00Z", answered: false }] as const;

describe("move-on", () => {
  it.each([
    { name: "rejected", overrides: { candidacy: { status: "rejected" } }, expected: true },
    {
      name: "waiting, the follow-up went unanswered",
      overrides: { followUps: [...unanswered] },
      expected: true,
    },
    { name: "waiting, nothing sent yet", overrides: {}, expected: false },
    {
      name: "waiting, only the thank-you is unanswered so far",
      overrides: { followUps: [thankYou] },
      expected: false,
    },
    {
      name: "waiting, the follow-up was answered",
      overrides: { followUps: [thankYou, { ...unanswered[1], answered: true }] },
      expected: false,
    },
    { name: "offer", overrides: { candidacy: { status: "offer" } }, expected: false },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("move-on")).toBe(expected);
  });

  it("is open-ended and waits about a week after the unanswered follow-up", () => {
    const step = stepOf(planFor({ followUps: [...unanswered] }).plan, "move-on");
    expect(step).toMatchObject({
      channel: "self",
      window: { earliest: "2026-11-28T08:00:00.000Z", latest: null },
    });
  });
});
