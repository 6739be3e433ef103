import { choosePlan, parseDebrief } from "@rebound/core";
import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { readIndexedDb, seedIndexedDb } from "./harness/stored-data.js";
import type { Page } from "playwright-core";

const interviewOf = (page: Page) => new URL(page.url()).searchParams.get("interview") ?? "";
const planHeading = (page: Page) => page.getByRole("heading", { level: 1, name: "Your plan" });

// A fresh browser profile holding exactly what the previous version stored, then the new build.
describeInBrowser("upgrading from one debrief to several interviews", () => {
  const app = useApp();

  it("carries over the debrief, marks, edits and journal stored by the previous version", async () => {
    // Today's exact storage: one debrief under current-debrief, its journal record, an edited draft.
    const now = Date.now();
    const parsed = parseDebrief({
      interview: { endedAt: new Date(now - 3 * 86_400_000).toISOString(), format: "video" },
      feelings: { rawness: "calm" },
      organisation: { name: "Fabrikam Ltd", role: "Office manager" },
      interviewers: [{ name: "Lee Park", email: "lee@fabrikam.example", recipient: true }],
      candidacy: { status: "waiting" },
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plannedAt = new Date(now - 3 * 86_400_000 + 3_600_000).toISOString();
    const plan = choosePlan(parsed.value, new Date(plannedAt));
    const id = "7d1e2f30-0a4b-4c5d-8e6f-123456789abc";
    const progress = { done: ["reflect"], answered: {} };
    const legacySession = {
      id,
      draft: parsed.value,
      step: 13,
      plannedAt,
      progress,
      remote: null,
    };
    const edited = "Dear Lee,\n\nThank you for Tuesday. Written before the upgrade.";

    const { page, errors } = await app.open("/healthz"); // our origin, no app code running
    await seedIndexedDb(page, [
      {
        database: "rebound-coach",
        store: "sessions",
        key: "current-debrief",
        value: legacySession,
      },
      {
        database: "rebound-journal",
        store: "records",
        key: id,
        value: { id, debrief: parsed.value, plan, progress },
      },
      {
        database: "rebound-drafts",
        store: "edits",
        key: `${id}/thank-you-email`,
        value: { warm: edited, formal: edited },
      },
    ]);

    await page.goto("/");
    const list = page.getByRole("region", { name: "Your interviews" });
    await list.getByRole("link", { name: /Fabrikam Ltd/ }).waitFor();
    expect(await list.getByRole("link").allTextContents()).toEqual([
      "Fabrikam Ltd, Office manager",
    ]);
    await list.getByRole("link").click();
    await planHeading(page).waitFor();
    expect(interviewOf(page)).toBe(id);
    await page.getByText(/For your interview at Fabrikam Ltd/).waitFor();
    const reflect = page.getByRole("article").filter({ hasText: /Review the interview/ });
    expect(await reflect.getByText("· Done").count()).toBe(1);

    expect(await inspectScreen(page, "plan-upgraded")).toEqual(CLEAN_SCREEN);

    await page.getByRole("link", { name: "Open my drafts" }).click();
    const editor = page.getByRole("article", { name: "Thank-you email" }).getByRole("textbox");
    await editor.waitFor();
    expect(await editor.inputValue()).toBe(edited);

    await page.goto("/journal");
    await page.getByRole("link", { name: /Fabrikam Ltd/ }).waitFor();
    expect(await readIndexedDb(page, "rebound-coach", "sessions", "current-debrief")).toBe(
      undefined,
    );
    expect(errors).toEqual([]);
  });
});
