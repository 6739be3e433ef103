import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

describe("lessons-learned", () => {
  it.each(["waiting", "rejected", "offer", "unknown"] as const)(
    "always applies (%s), open-ended self step",
    (status) => {
      const { plan, ids } = planFor({ candidacy: { status } });
      expect(ids).toContain("lessons-learned");
      expect(stepOf(plan, "lessons-learned")).toMatchObject({
        channel: "self",
        templates: [],
        window: { latest: null },
      });
    },
  );

  it("points at the unprepared questions", () => {
    const { plan } = planFor({
      lessons: { unpreparedQuestions: ["Why leave?", "Biggest failure?"] },
    });
    expect(stepOf(plan, "lessons-learned").rationale).toMatch(
      /Start with the 2 questions you weren't ready for and prepare an answer for each\./,
    );
  });

  it("names a single question without a numeral", () => {
    const { plan } = planFor({ lessons: { unpreparedQuestions: ["Why leave?"] } });
    const { rationale } = stepOf(plan, "lessons-learned");
    expect(rationale).toMatch(
      /Start with the question you weren't ready for and prepare an answer\./,
    );
    expect(rationale).not.toMatch(/\b1 question/);
  });
});
