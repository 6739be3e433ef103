import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const offTarget = {
  what: "Talked about audit when they asked about tax",
  kind: "off-target-answer",
  noticed: "certain",
} as const;

describe("acknowledge-disconnect", () => {
  it.each([
    { name: "off-target answer, surely noticed", slips: [offTarget], expected: true },
    {
      name: "misunderstood question, surely noticed",
      slips: [{ ...offTarget, kind: "misunderstood-question" }],
      expected: true,
    },
    {
      name: "off-target answer, maybe not noticed",
      slips: [{ ...offTarget, noticed: "unsure" }],
      expected: false,
    },
    {
      name: "off-target answer, not noticed",
      slips: [{ ...offTarget, noticed: "no" }],
      expected: false,
    },
    { name: "another kind of slip", slips: [{ ...offTarget, kind: "late" }], expected: false },
  ] as const)("$name → $expected", ({ slips, expected }) => {
    expect(planFor({ slips: [...slips] }).ids.includes("acknowledge-disconnect")).toBe(expected);
  });

  it("does not apply after a rejection", () => {
    expect(planFor({ slips: [offTarget], candidacy: { status: "rejected" } }).ids).not.toContain(
      "acknowledge-disconnect",
    );
  });

  it("is a thank-you section, or its own email once the thank-you was sent", () => {
    expect(
      stepOf(planFor({ slips: [offTarget] }).plan, "acknowledge-disconnect").templates,
    ).toEqual(["thank-you-email"]);
    const sent = planFor({
      slips: [offTarget],
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
    });
    expect(stepOf(sent.plan, "acknowledge-disconnect")).toMatchObject({
      channel: "email",
      templates: ["disconnect-email"],
    });
  });
});
