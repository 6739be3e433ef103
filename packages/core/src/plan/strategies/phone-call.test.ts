import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const fits = { standing: { believesFit: "yes" }, interview: { severity: "noticeable" } } as const;

describe("phone-call", () => {
  it.each([
    {
      name: "as request-call, comfortable on the phone",
      comfortableOnPhone: "yes",
      overrides: fits,
      expected: true,
    },
    {
      name: "not comfortable on the phone",
      comfortableOnPhone: "no",
      overrides: fits,
      expected: false,
    },
    {
      name: "phone comfort unknown",
      comfortableOnPhone: "unknown",
      overrides: fits,
      expected: false,
    },
    {
      name: "comfortable, but minor problems",
      comfortableOnPhone: "yes",
      overrides: { ...fits, interview: { severity: "minor" } },
      expected: false,
    },
  ] as const)("$name → $expected", ({ comfortableOnPhone, overrides, expected }) => {
    expect(
      planFor({ ...overrides, career: { comfortableOnPhone } }).ids.includes("phone-call"),
    ).toBe(expected);
  });

  it("takes the place of the written request, never comes in addition to it", () => {
    const { plan, ids } = planFor({ ...fits, career: { comfortableOnPhone: "yes" } });
    const step = stepOf(plan, "phone-call");
    expect(step).toMatchObject({
      channel: "phone",
      templates: ["phone-talking-points"],
      alternativeTo: "request-call",
    });
    expect(ids).not.toContain("request-call");
    expect(Date.parse(step.window.earliest)).toBeGreaterThan(
      Date.parse(stepOf(plan, "thank-you-email").window.earliest),
    );
  });
});
