import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser } from "../harness/app.js";
import { screenshotDir } from "../harness/paths.js";
import { useEmbedWorld, waitForEvent, widget } from "./embed-world.js";

interface Refusal {
  /** When the host heard `error`, in ms since the page started loading. */
  at: number;
  code: string;
  message: string;
}

/** The page records every `error` event with its payload and time, and every console warning. */
const RECORD = `window.refusals = [];
Rebound("on", "error", function (event) {
  window.refusals.push({ at: performance.now(), code: event.payload.code, message: event.payload.message });
});`;

const refusals = (page: Page): Promise<Refusal[]> =>
  page.evaluate(() => (window as unknown as { refusals: Refusal[] }).refusals);

function consoleWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  return warnings;
}

describeInBrowser("embed: a page where the widget will not show says why, at once", () => {
  // Inline and popup only: the floating button is switched off for this agency.
  const world = useEmbedWorld({ modes: ["inline", "popup"] });

  async function refusedPage(path: string, script: string, origin?: string) {
    const page = await world.browser.context.newPage();
    const warnings = consoleWarnings(page);
    world.host.set(path, {
      html: (await import("./host-page.js")).hostPageHtml({
        reboundOrigin: world.reboundOrigin,
        body: `<div id="coach"></div>`,
        script: `${RECORD}\n${script}`,
      }),
    });
    await page.goto(`${origin ?? world.host.origin}${path}`);
    return { page, warnings };
  }

  it("a site the agency has not allowed: error within 2 s naming the origin, a console warning, a fallback and no frame", async () => {
    const { page, warnings } = await refusedPage(
      "/elsewhere",
      `Rebound("init", { key: "${world.key}", mode: "inline", id: "stolen", target: "#coach" });`,
      world.host.otherOrigin,
    );
    await waitForEvent(page, "error@stolen");
    const [refusal] = await refusals(page);
    expect(refusal?.code).toBe("originNotAllowed");
    expect(refusal?.at).toBeLessThan(2000);
    expect(refusal?.message).toContain(
      `${world.host.otherOrigin} is not one of this agency's allowed sites`,
    );
    expect(refusal?.message).toContain("Allowed sites");
    expect(warnings).toContainEqual(`[Rebound] ${refusal?.message ?? ""}`);

    const status = page.locator(`${widget("stolen")} [role=status]`);
    expect(await status.textContent()).toBe("The interview coach is not set up on this site yet.");
    expect(await status.isVisible()).toBe(true);
    // Nothing was framed: no CSP refusal in the console, no grey box, no sandbox warning.
    expect(await page.locator(`${widget("stolen")} iframe`).count()).toBe(0);
    expect(warnings.filter((w) => /sandbox/i.test(w))).toEqual([]);
    await page.locator("main").screenshot({ path: `${screenshotDir}embed-refused-origin.png` });
    await page.close();
  });

  it("a mode the agency switched off: error naming the mode, and the dialog explains instead of framing", async () => {
    const { page, warnings } = await refusedPage(
      "/floating",
      `Rebound("init", { key: "${world.key}", mode: "floatingButton", id: "fab" });`,
    );
    await waitForEvent(page, "error@fab");
    const [refusal] = await refusals(page);
    expect(refusal).toMatchObject({ code: "modeDisabled" });
    expect(refusal?.at).toBeLessThan(2000);
    expect(refusal?.message).toContain("the floating button mode is switched off");
    expect(refusal?.message).toContain("(inline, pop-up)");
    expect(warnings).toContainEqual(`[Rebound] ${refusal?.message ?? ""}`);
    await page.locator(`${widget("fab")} .launcher`).click();
    const dialog = page.locator(`${widget("fab")} [role=dialog]`);
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("not set up on this site yet");
    expect(await page.locator(`${widget("fab")} iframe`).count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}embed-refused-mode.png` });
    await page.close();
  });

  it("an unknown key: error within 2 s telling the developer to copy the snippet again", async () => {
    const { page, warnings } = await refusedPage(
      "/typo",
      `Rebound("init", { key: "pk_typo_in_the_key_0000", mode: "inline", id: "typo", target: "#coach" });`,
    );
    await waitForEvent(page, "error@typo");
    const [refusal] = await refusals(page);
    expect(refusal).toMatchObject({ code: "unknownKey" });
    expect(refusal?.at).toBeLessThan(2000);
    expect(refusal?.message).toContain("Copy the snippet again from your Rebound dashboard");
    expect(warnings).toContainEqual(`[Rebound] ${refusal?.message ?? ""}`);
    expect(await page.locator(`${widget("typo")} iframe`).count()).toBe(0);
    await page.close();
  });
});
