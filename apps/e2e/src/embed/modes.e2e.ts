import { expect, it } from "vitest";
import { describeInBrowser } from "../harness/app.js";
import { hostEvents, useEmbedWorld, waitForEvent, widget, widgetFrame } from "./embed-world.js";

describeInBrowser("embed: each mode on an agency's page", () => {
  const world = useEmbedWorld();

  it("inline: mounts into its container with no code, sized to its content (no inner scrollbar)", async () => {
    const page = await world.open("/inline", {
      body: `<section aria-label="Interview help"><div data-rebound-key="${world.key}" data-rebound-id="coach"></div></section>`,
    });
    await waitForEvent(page, "ready@coach");
    await waitForEvent(page, "resized@coach");
    const frame = widgetFrame(page, "coach");
    await frame.locator("h1, h2").first().waitFor({ state: "visible" });

    // Auto-height: the iframe is as tall as the document inside it, so only the host page scrolls.
    await expect
      .poll(async () => {
        const frameBox = await page.locator(`${widget("coach")} iframe`).boundingBox();
        const content = await frame.evaluate(() => document.documentElement.scrollHeight);
        return Math.abs((frameBox?.height ?? 0) - content);
      })
      .toBeLessThanOrEqual(1);
    const innerOverflow = await frame.evaluate(
      () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
    );
    expect(innerOverflow).toBeLessThanOrEqual(0);
    expect(await hostEvents(page)).not.toContain("loadFailed@coach");
    await page.close();
  });

  it("popup: a trigger opens the modal; events arrive in order; closing returns focus", async () => {
    const page = await world.open("/popup", {
      body: `<button id="help" type="button">Get interview help</button>`,
      script: `Rebound("init", { key: "${world.key}", mode: "popup", id: "pop", target: "#help" });`,
    });
    await page.locator("#help").click();
    await expect.poll(() => page.locator(`${widget("pop")} [role=dialog]`).isVisible()).toBe(true);
    await waitForEvent(page, "ready@pop");
    const frame = widgetFrame(page, "pop");
    await frame.locator("h1, h2").first().waitFor({ state: "visible" });
    await waitForEvent(page, "stepChanged@pop");
    await frame.getByRole("button", { name: "Next" }).click();
    await expect
      .poll(async () => (await hostEvents(page)).filter((e) => e === "stepChanged@pop").length)
      .toBe(2);

    await page.locator(`${widget("pop")} button[aria-label=Close]`).click();
    await expect.poll(() => page.locator(`${widget("pop")} [role=dialog]`).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("help");

    // Sizes are reported whenever the content changes; everything else in the order it happened.
    const events = (await hostEvents(page)).filter((e) => !e.startsWith("resized"));
    expect(events).toEqual([
      "opened@pop",
      "ready@pop",
      "stepChanged@pop",
      "stepChanged@pop",
      "closed@pop",
    ]);
    await page.close();
  });

  it("popup on a phone: the dialog takes the whole screen and nothing scrolls sideways", async () => {
    const page = await world.open("/phone", {
      body: `<button id="help" type="button">Get interview help</button>`,
      script: `Rebound("init", { key: "${world.key}", mode: "popup", id: "phone", target: "#help" });`,
    });
    await page.setViewportSize({ width: 375, height: 700 });
    await page.locator("#help").click();
    await waitForEvent(page, "ready@phone");
    const box = await page.locator(`${widget("phone")} [role=dialog]`).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 375, height: 700 });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await page.close();
  });

  it("floatingButton: the launcher opens and closes the dialog and says so", async () => {
    const page = await world.open("/floating", {
      body: `<p>Open roles in logistics and finance.</p>`,
      script: `Rebound("init", { key: "${world.key}", mode: "floatingButton", id: "fab" });`,
    });
    const launcher = page.locator(`${widget("fab")} .launcher`);
    await expect.poll(() => launcher.getAttribute("aria-expanded")).toBe("false");
    await launcher.click();
    await expect.poll(() => launcher.getAttribute("aria-expanded")).toBe("true");
    await waitForEvent(page, "ready@fab");
    await widgetFrame(page, "fab").locator("h1, h2").first().waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await expect.poll(() => launcher.getAttribute("aria-expanded")).toBe("false");
    await page.close();
  });

  it("several instances on one page keep their own frames, events and commands", async () => {
    const page = await world.open("/several", {
      body: `<div id="a"></div><div data-rebound-key="${world.key}" data-rebound-id="b"></div>`,
      script: `Rebound("init", { key: "${world.key}", mode: "inline", id: "a", target: "#a" });
               Rebound("init", { key: "${world.key}", mode: "popup", id: "c" });`,
    });
    await waitForEvent(page, "ready@a");
    await waitForEvent(page, "ready@b");
    expect(await hostEvents(page)).not.toContain("ready@c");
    await page.evaluate(() =>
      (window as unknown as { Rebound: (c: string, id: string) => void }).Rebound("open", "c"),
    );
    await waitForEvent(page, "ready@c");
    expect(
      new Set(page.frames().map((f) => new URL(f.url(), "http://x").searchParams.get("instance"))),
    ).toEqual(new Set([null, "a", "b", "c"]));
    expect(await page.locator(`${widget("a")} [role=dialog]`).count()).toBe(0);
    await page.close();
  });
});
