import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const illness = { description: "My father was taken to hospital that morning" };

describe("explain-circumstances", () => {
  it.each([
    {
      name: "a circumstance they want to disclose",
      overrides: { circumstance: { ...illness, disclose: true } },
      expected: true,
    },
    {
      name: "a circumstance kept private",
      overrides: { circumstance: { ...illness, disclose: false } },
      expected: false,
    },
    { name: "no circumstance", overrides: {}, expected: false },
    {
      name: "rejected: explaining no longer changes anything",
      overrides: {
        circumstance: { ...illness, disclose: true },
        candidacy: { status: "rejected" },
      },
      expected: false,
    },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("explain-circumstances")).toBe(expected);
  });

  it("is a section of the thank-you, dated with it", () => {
    const { plan } = planFor({ circumstance: { ...illness, disclose: true } });
    const step = stepOf(plan, "explain-circumstances");
    expect(step).toMatchObject({
      channel: "email",
      templates: ["thank-you-email"],
      outreach: true,
    });
    expect(step.window).toEqual(stepOf(plan, "thank-you-email").window);
  });

  it("is a talking point when the person calls, and its own email once the thank-you has gone", () => {
    const onPhone = planFor({
      circumstance: { ...illness, disclose: true },
      standing: { believesFit: "yes" },
      interview: { severity: "noticeable" },
      career: { comfortableOnPhone: "yes" },
    });
    expect(stepOf(onPhone.plan, "explain-circumstances").templates).toEqual([
      "phone-talking-points",
    ]);
    const sent = planFor({
      circumstance: { ...illness, disclose: true },
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
    });
    expect(stepOf(sent.plan, "explain-circumstances").templates).toEqual(["circumstances-message"]);
  });
});
