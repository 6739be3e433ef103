import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

describe("handwritten-note", () => {
  it.each([
    { name: "small organisation", organisation: { size: "small" }, expected: true },
    { name: "mid-sized organisation", organisation: { size: "mid-sized" }, expected: true },
    {
      name: "formal business of unknown size",
      organisation: { size: "unknown", formal: "yes" },
      expected: true,
    },
    { name: "large corporation", organisation: { size: "large" }, expected: false },
    {
      name: "large even if formal",
      organisation: { size: "large", formal: "yes" },
      expected: false,
    },
    {
      name: "small but via a recruiter",
      organisation: { size: "small", viaRecruiter: true },
      expected: false,
    },
    {
      name: "unknown size, informal",
      organisation: { size: "unknown", formal: "no" },
      expected: false,
    },
  ] as const)("$name → $expected", ({ organisation, expected }) => {
    expect(planFor({ organisation }).ids.includes("handwritten-note")).toBe(expected);
  });

  it("comes after the thank-you email, by hand", () => {
    const { plan, ids } = planFor({ organisation: { size: "small" } });
    const note = stepOf(plan, "handwritten-note");
    expect(note).toMatchObject({
      channel: "handwritten-note",
      templates: ["handwritten-note"],
      outreach: true,
    });
    expect(Date.parse(note.window.earliest)).toBeGreaterThan(
      Date.parse(stepOf(plan, "thank-you-email").window.earliest),
    );
    expect(ids.indexOf("handwritten-note")).toBeGreaterThan(ids.indexOf("thank-you-email"));
  });

  it("is not sent twice, nor after a rejection", () => {
    const sent = {
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", channel: "handwritten-note", answered: true }],
    } as const;
    expect(planFor({ organisation: { size: "small" }, ...sent }).ids).not.toContain(
      "handwritten-note",
    );
    expect(
      planFor({ organisation: { size: "small" }, candidacy: { status: "rejected" } }).ids,
    ).not.toContain("handwritten-note");
  });
});
