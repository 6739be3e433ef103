import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { completeDebrief, type Scenario } from "./harness/wizard.js";

// (e) The journal is the person's: export it, delete it, and import the file back.
const PAST_INTERVIEW: Scenario = {
  rawness: "Fairly calm",
  slip: {
    what: "Went blank on the budgeting question",
    kind: "Went blank",
    noticed: "Yes, surely",
  },
  organisation: { name: "Fabrikam Ltd" },
  unpreparedQuestion: "How would you budget a three-month project?",
};

describeInBrowser("the journal", () => {
  const app = useApp();

  it("survives export, delete everything and import", async () => {
    const { page, errors } = await app.open("/");
    await completeDebrief(page, PAST_INTERVIEW);

    await page.goto("/journal");
    const entry = page.getByRole("heading", { name: "Fabrikam Ltd" });
    await entry.waitFor();
    await page.getByText("How would you budget a three-month project?").waitFor();
    expect(await inspectScreen(page, "journal")).toEqual(CLEAN_SCREEN);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export all as JSON" }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, "utf8")) as {
      format: string;
      records: unknown[];
    };
    expect(exported.format).toBe("rebound-journal");
    expect(exported.records).toHaveLength(1);

    await page.getByRole("button", { name: "Delete everything" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await page.getByText(/Nothing here yet/).waitFor();
    await page.reload();
    await page.getByText(/Nothing here yet/).waitFor();

    await page.getByLabel("Import a journal file").setInputFiles(file);
    await page.getByText("Imported 1 debrief.").waitFor();
    await entry.waitFor();
    expect(errors).toEqual([]);
  });
});
