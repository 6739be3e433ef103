import { describe, expect, it } from "vitest";
import { expectCleanDraft } from "../test-support/draft-checks.js";
import { draftingScenario, SCENARIO_FOR } from "../test-support/message-scenarios.js";
import { draftsForPlan } from "./drafts-for-plan.js";

describe("draftsForPlan", () => {
  it("drafts each template the plan names once, in plan order", () => {
    const { debrief, plan } = draftingScenario({
      ...SCENARIO_FOR["phone-talking-points"],
      organisation: { size: "small" },
      slips: [
        { what: "Called her Mary", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" },
      ],
    });
    const drafts = draftsForPlan(plan, debrief, "warm");
    const named = plan.steps.flatMap((step) => step.templates);
    expect(drafts.map((draft) => draft.templateId)).toEqual([...new Set(named)]);
    expect(named.filter((id) => id === "thank-you-email").length).toBeGreaterThan(1);
    // The call takes the place of a written request: no call-request email.
    expect(drafts.map((draft) => draft.templateId)).toEqual([
      "thank-you-email",
      "handwritten-note",
      "phone-talking-points",
      "follow-up",
    ]);
    for (const draft of drafts) expectCleanDraft(draft, debrief);
  });

  it("labels each draft with the first step that names it", () => {
    const { debrief, plan } = draftingScenario();
    const [thankYou] = draftsForPlan(plan, debrief, "formal");
    expect(thankYou?.strategy).toBe("thank-you-email");
  });

  it("re-drafts for the new plan when the status changes to rejected", () => {
    const { debrief, plan } = draftingScenario(SCENARIO_FOR["stay-in-touch"]);
    expect(draftsForPlan(plan, debrief, "warm").map((draft) => draft.templateId)).toEqual([
      "rejection-reply",
      "stay-in-touch",
    ]);
  });

  it("drafts nothing after a follow-up went unanswered", () => {
    const { debrief, plan } = draftingScenario({
      followUps: [
        { sentAt: "2026-11-20T18:00:00Z", answered: false },
        { sentAt: "2026-11-27T09:00:00Z", answered: false },
      ],
    });
    expect(draftsForPlan(plan, debrief, "warm")).toEqual([]);
  });
});
