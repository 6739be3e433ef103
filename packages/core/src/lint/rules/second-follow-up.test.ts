import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/lint-harness.js";

const thankYou = { sentAt: "2026-11-20T18:00:00Z", answered: false } as const;
const followUp = { sentAt: "2026-11-27T10:00:00Z", answered: false } as const;
const checkingIn = "Hello Marie, I'm just checking in on the Audit Senior role.";

describe("lint second-follow-up (guard no-nuisance)", () => {
  it.each([
    {
      name: "after an unanswered follow-up, a follow-up draft",
      followUps: [thankYou, followUp],
      templateId: "follow-up",
      flagged: true,
    },
    {
      name: "after an unanswered follow-up, a hand-written check-in",
      followUps: [thankYou, followUp],
      templateId: undefined,
      flagged: true,
    },
    {
      name: "only the thank-you is unanswered: this is the one follow-up",
      followUps: [thankYou],
      templateId: "follow-up",
      flagged: false,
    },
    {
      name: "the follow-up was answered",
      followUps: [thankYou, { ...followUp, answered: true }],
      templateId: "follow-up",
      flagged: false,
    },
    { name: "nothing sent yet", followUps: [], templateId: undefined, flagged: false },
    {
      name: "a draft of another kind",
      followUps: [thankYou, followUp],
      templateId: "rejection-reply",
      flagged: false,
    },
  ] as const)("$name → $flagged", ({ followUps, templateId, flagged }) => {
    const findings = findingsOf("second-follow-up", checkingIn, {
      overrides: { followUps },
      ...(templateId === undefined ? {} : { templateId }),
    });
    expect(findings.length > 0).toBe(flagged);
    for (const finding of findings) {
      expect(finding).toMatchObject({
        guard: "no-nuisance",
        span: { start: 0, end: checkingIn.length },
      });
      expect(finding.suggestion).toMatch(/move on/);
    }
  });

  it("a hand-written draft that is not a follow-up is left alone", () => {
    const overrides = { followUps: [thankYou, followUp] };
    expect(
      findingsOf("second-follow-up", "Thank you for the tour of the office.", { overrides }),
    ).toEqual([]);
  });
});
