import { describe, expect, it } from "vitest";
import { planToIcs } from "../calendar/plan-to-ics.js";
import { journalEntryFrom } from "../journal/journal-entry-from.js";
import { draftTemplateIds } from "../messages/drafts-for-plan.js";
import { draftingScenario } from "../test-support/message-scenarios.js";
import { TEST_NOW } from "../test-support/test-debrief.js";
import { buildKit } from "./build-kit.js";

describe("buildKit", () => {
  const { debrief, plan } = draftingScenario({ organisation: { size: "small" } });

  it("holds the plan, a draft for every message it names, prompts, a journal entry and reminders", () => {
    const kit = buildKit(debrief, TEST_NOW);
    expect(kit.plan).toEqual(plan);
    expect(kit.drafts.map((draft) => draft.templateId)).toEqual(draftTemplateIds(plan));
    expect(kit.drafts.map((draft) => draft.templateId)).toContain("handwritten-note");
    expect(kit.reflectionPrompts.length).toBeGreaterThan(0);
    expect(kit.ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(kit.journalEntry).toEqual(journalEntryFrom(debrief, plan));
    expect(kit.ics).toBe(planToIcs(plan, debrief, { now: TEST_NOW }));
  });

  it("drafts warm by default and in the tone asked for", () => {
    expect(new Set(buildKit(debrief, TEST_NOW).drafts.map((draft) => draft.tone))).toEqual(
      new Set(["warm"]),
    );
    expect(
      new Set(buildKit(debrief, TEST_NOW, { tone: "formal" }).drafts.map((draft) => draft.tone)),
    ).toEqual(new Set(["formal"]));
  });

  it("is pure: the same debrief and now give the same kit", () => {
    expect(buildKit(debrief, TEST_NOW)).toEqual(buildKit(debrief, TEST_NOW));
  });
});
