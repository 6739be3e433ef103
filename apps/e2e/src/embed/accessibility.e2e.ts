import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousAxeViolations } from "../harness/axe.js";
import { describeInBrowser } from "../harness/app.js";
import { useEmbedWorld, waitForEvent, widget, widgetFrame } from "./embed-world.js";

/** Where focus is, seen from the host page: an id on the page, or a description inside the widget. */
const focusIn = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName !== "REBOUND-WIDGET")
      return active?.id ? `#${active.id}` : (active?.tagName ?? "none");
    const inner = active.shadowRoot?.activeElement;
    return `widget:${inner?.getAttribute("aria-label") ?? inner?.tagName ?? "?"}`;
  });

describeInBrowser("embed: keyboard and screen-reader use of the popup", () => {
  const world = useEmbedWorld();
  const body = `<p><a id="before" href="#jobs">Jobs</a></p><button id="help" type="button">Get interview help</button><p><a id="after" href="#contact">Contact</a></p>`;
  const script = (id: string) =>
    `Rebound("init", { key: "${world.key}", mode: "popup", id: "${id}", target: "#help" });`;

  it("traps Tab inside the dialog both ways, closes on Escape and returns focus to the trigger", async () => {
    const page = await world.open("/keyboard", { body, script: script("kb") });
    await page.locator("#help").focus();
    await page.keyboard.press("Enter");
    await waitForEvent(page, "ready@kb");
    await widgetFrame(page, "kb").locator("h1, h2").first().waitFor({ state: "visible" });
    expect(await focusIn(page)).toBe("widget:Close");

    // Forwards and backwards, focus visits the frame and the close button but never the page.
    const visited = new Set<string>();
    for (const key of [...Array<string>(25).fill("Tab"), ...Array<string>(25).fill("Shift+Tab")]) {
      await page.keyboard.press(key);
      // Leaving the cross-origin frame hands focus back to the host asynchronously (between
      // processes), so the host may briefly report <body>; wait for focus to settle, then check it.
      await expect.poll(() => focusIn(page)).toMatch(/^widget:/);
      visited.add(await focusIn(page));
    }
    expect(visited).toEqual(new Set(["widget:Close", "widget:IFRAME"]));

    // Escape on the chrome closes the dialog and focus goes back to the trigger.
    await page.locator(`${widget("kb")} button[aria-label=Close]`).focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(`${widget("kb")} [role=dialog]`).isVisible()).toBe(false);
    expect(await focusIn(page)).toBe("#help");
    await page.close();
  });

  it("closes on Escape pressed inside the frame (the frame asks the host) and returns focus", async () => {
    const page = await world.open("/escape", { body, script: script("esc") });
    await page.locator("#help").click();
    await waitForEvent(page, "ready@esc");
    const frame = widgetFrame(page, "esc");
    await frame.locator("h1, h2").first().waitFor({ state: "visible" });
    await frame.locator("input, button").first().focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(`${widget("esc")} [role=dialog]`).isVisible()).toBe(false);
    expect(await focusIn(page)).toBe("#help");
    await page.close();
  });

  it("passes axe on the host page with the modal open", async () => {
    const page = await world.open("/axe", { body, script: script("ax") });
    await page.locator("#help").click();
    await waitForEvent(page, "ready@ax");
    await widgetFrame(page, "ax").locator("h1, h2").first().waitFor({ state: "visible" });
    const dialog = page.locator(`${widget("ax")} [role=dialog]`);
    expect(await dialog.getAttribute("aria-modal")).toBe("true");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
