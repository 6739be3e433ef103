import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { callerFor } from "../support/caller.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput, TEST_NOW } from "../support/debrief.js";

// These procedures never touch the database; the context still carries one, as in production.
describe("stateless procedures", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await DATABASE_TARGETS[0]!.open();
  });
  afterAll(() => database.close());

  const caller = () => callerFor(database.db).caller;

  it("builds a dated plan at the server's clock unless the caller pins `now`", async () => {
    const { plan, drafts } = await caller().plan.build({ debrief: debriefInput() });
    expect(plan.generatedAt).toBe(TEST_NOW.toISOString());
    expect(plan.steps.length).toBeGreaterThan(0);
    expect(drafts).toBeUndefined();

    const later = "2026-11-23T08:00:00.000Z";
    expect(
      (await caller().plan.build({ debrief: debriefInput(), now: later })).plan.generatedAt,
    ).toBe(later);
  });

  it("drafts every message the plan names when a tone is given", async () => {
    const { plan, drafts } = await caller().plan.build({ debrief: debriefInput(), tone: "formal" });
    const named = plan.steps.flatMap((step) => step.templates);
    expect(drafts?.map((draft) => draft.templateId).sort()).toEqual([...new Set(named)].sort());
    expect(drafts?.every((draft) => draft.tone === "formal")).toBe(true);
  });

  it("renders one message, addressed with the name as typed", async () => {
    const message = await caller().messages.render({
      templateId: "thank-you-email",
      debrief: debriefInput(),
      tone: "warm",
    });
    expect(message.templateId).toBe("thank-you-email");
    expect(message.body).toContain("Marie");
    expect(message.body).not.toMatch(/\{\{|\}\}/);
  });

  it("lints a hand-written draft against the debrief", async () => {
    const findings = await caller().messages.lint({
      text: "Dear Mary, I am so sorry for the whole interview, it was a disaster.",
      debrief: debriefInput(),
      channel: "email",
    });
    const rules = findings.map((finding) => finding.ruleId);
    expect(rules).toContain("interviewer-name");
    expect(rules).toContain("blanket-apology");
  });

  it("lists every strategy with its sources, and every template", async () => {
    const strategies = await caller().catalogue.strategies();
    expect(strategies.map((strategy) => strategy.id)).toContain("cool-off");
    expect(strategies.every((strategy) => strategy.sources.length > 0)).toBe(true);
    const templates = await caller().catalogue.templates();
    expect(templates.map((template) => template.id)).toContain("thank-you-email");
  });

  it("refuses a `now` that is not a date, naming it", async () => {
    await expect(
      caller().plan.build({ debrief: debriefInput(), now: "tomorrow" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("now") as unknown,
    });
  });
});
