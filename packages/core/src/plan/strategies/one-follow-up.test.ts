import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const DAY = 24 * 3_600_000;

describe("one-follow-up", () => {
  it.each([
    { name: "waiting, nothing sent yet", overrides: {}, expected: true },
    {
      name: "thank-you sent and answered (a reply makes “any news?” pointless)",
      overrides: { followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }] },
      expected: false,
    },
    {
      name: "thank-you sent, no answer yet (normal: the follow-up is still to come)",
      overrides: { followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: false }] },
      expected: true,
    },
    {
      name: "a follow-up after the thank-you already went unanswered",
      overrides: {
        followUps: [
          { sentAt: "2026-11-20T18:00:00Z", answered: false },
          { sentAt: "2026-11-21T08:00:00Z", answered: false },
        ],
      },
      expected: false,
    },
    {
      name: "thank-you and a follow-up both already sent",
      overrides: {
        followUps: [
          { sentAt: "2026-11-20T18:00:00Z", answered: true },
          { sentAt: "2026-11-21T08:00:00Z", answered: true },
        ],
      },
      expected: false,
    },
    { name: "rejected", overrides: { candidacy: { status: "rejected" } }, expected: false },
    { name: "offer", overrides: { candidacy: { status: "offer" } }, expected: false },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("one-follow-up")).toBe(expected);
  });

  it("comes about a week after the thank-you and is the last outreach", () => {
    const { plan } = planFor({ organisation: { size: "small" } });
    const step = stepOf(plan, "one-follow-up");
    expect(step.templates).toEqual(["follow-up"]);
    const thankYou = Date.parse(stepOf(plan, "thank-you-email").window.earliest);
    expect(Date.parse(step.window.earliest) - thankYou).toBe(7 * DAY);
    expect(plan.steps.filter((s) => s.outreach).at(-1)?.strategy).toBe("one-follow-up");
  });

  it("after a recorded thank-you, comes a week after it (listed in any order)", () => {
    const { plan } = planFor({
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: false }],
    });
    // A week after Friday 18:00 is Friday evening again: it waits for Monday morning.
    expect(stepOf(plan, "one-follow-up").window.earliest).toBe("2026-11-30T08:00:00.000Z");
  });

  it("after a thank-you sent a week ago, waits a week after the note this plan still sends", () => {
    const { plan } = planFor(
      {
        organisation: { size: "small" },
        followUps: [{ sentAt: "2026-11-13T10:00:00Z", answered: false }],
      },
      new Date("2026-11-19T17:00:00Z"),
    );
    const note = Date.parse(stepOf(plan, "handwritten-note").window.earliest);
    const followUp = Date.parse(stepOf(plan, "one-follow-up").window.earliest);
    expect(followUp - note).toBeGreaterThanOrEqual(7 * DAY);
  });
});
