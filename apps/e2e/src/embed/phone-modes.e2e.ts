import type { Frame, Page } from "playwright-core";
import { beforeEach, expect, it } from "vitest";
import { describeInBrowser } from "../harness/app.js";
import { screenshotDir } from "../harness/paths.js";
import { useEmbedWorld, waitForEvent, widget, widgetFrame } from "./embed-world.js";

const PHONE = { width: 375, height: 812 };

/** The iframe's own rendered box and what its document shows and holds, seen from both sides. */
async function frameMetrics(page: Page, frame: Frame, instance: string) {
  const box = await page.locator(`${widget(instance)} iframe`).boundingBox();
  const header = await page.locator(`${widget(instance)} header`).boundingBox();
  const inside = await frame.evaluate(() => ({
    viewport: window.innerHeight,
    content: document.documentElement.scrollHeight,
  }));
  return { box, header, inside };
}

/** Scrolls the widget's own document to its end and reports how far it moved. */
const scrollToEnd = (frame: Frame) =>
  frame.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    scroller.scrollTop = scroller.scrollHeight;
    return scroller.scrollTop;
  });

describeInBrowser("embed: popup and floating button on a phone", () => {
  const world = useEmbedWorld();
  beforeEach(() => world.forgetAnswers());

  const cases = [
    {
      mode: "popup",
      body: `<button id="help" type="button">Get interview help</button>`,
      open: (page: Page) => page.locator("#help").click(),
    },
    {
      mode: "floatingButton",
      body: `<p>Open roles in logistics and finance.</p>`,
      open: (page: Page) => page.locator(`${widget("floatingButton")} .launcher`).click(),
    },
  ] as const;

  for (const { mode, body, open } of cases) {
    it(`${mode}: the frame itself fills a 375×812 screen under the title, and its content scrolls`, async () => {
      const page = await world.open(`/phone-${mode}`, {
        body,
        script: `Rebound("init", { key: "${world.key}", mode: "${mode}", id: "${mode}", target: "#help" });`,
      });
      await page.setViewportSize(PHONE);
      await open(page);
      await waitForEvent(page, `ready@${mode}`);
      const frame = widgetFrame(page, mode);
      await frame.getByRole("heading", { name: "Where things stand" }).waitFor();

      // The iframe, not just the dialog: full width, from under the header to the bottom edge.
      await expect
        .poll(async () => {
          const { box, header } = await frameMetrics(page, frame, mode);
          const top = (header?.y ?? 0) + (header?.height ?? 0);
          return (
            box && {
              x: box.x,
              width: box.width,
              top: Math.round(box.y - top),
              bottom: Math.round(box.y + box.height),
            }
          );
        })
        .toEqual({ x: 0, width: PHONE.width, top: 0, bottom: PHONE.height });
      const { box, header, inside } = await frameMetrics(page, frame, mode);
      expect(box?.height).toBeGreaterThan(PHONE.height - 80);
      // The widget's document sees the frame as its viewport: what does not fit scrolls there.
      expect(inside.viewport).toBe(Math.round(box?.height ?? 0));
      console.log(
        `${mode} on a phone: frame ${String(box?.height)} px under a ${String(header?.height)} px header; content ${String(inside.content)} px`,
      );

      // A longer step than the screen: its last control is reached by scrolling inside the frame.
      await frame.getByRole("button", { name: "Next", exact: true }).click();
      await frame.getByRole("heading", { name: "Follow-ups so far" }).waitFor();
      await frame.getByRole("button", { name: "Next", exact: true }).click();
      await frame.getByRole("heading", { name: "How it went" }).waitFor();
      const tall = await frameMetrics(page, frame, mode);
      expect(tall.inside.content).toBeGreaterThan(tall.inside.viewport);
      expect(await scrollToEnd(frame)).toBeGreaterThan(0);
      const next = frame.getByRole("button", { name: "Next", exact: true });
      expect(await next.isVisible()).toBe(true);
      // The host page itself neither scrolls sideways nor grew.
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
      await page.screenshot({ path: `${screenshotDir}embed-${mode}-phone.png` });
      await page.close();
    });
  }

  it("inline and desktop popup keep their size: the frame is as tall as its content", async () => {
    const page = await world.open("/unchanged", {
      // The trigger above the inline coach: the coach's frame resizing as it loads cannot move it.
      body: `<button id="help" type="button">Get interview help</button><div id="coach"></div>`,
      script: `Rebound("init", { key: "${world.key}", mode: "inline", id: "inl", target: "#coach" });
               Rebound("init", { key: "${world.key}", mode: "popup", id: "desk", target: "#help" });`,
    });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await waitForEvent(page, "ready@inl");
      const frame = widgetFrame(page, "inl");
      await frame.getByRole("heading", { name: "Where things stand" }).waitFor();
      await expect
        .poll(async () => {
          const box = await page.locator(`${widget("inl")} iframe`).boundingBox();
          const content = await frame.evaluate(() => document.documentElement.scrollHeight);
          return Math.abs((box?.height ?? 0) - content);
        })
        .toBeLessThanOrEqual(1);
    }
    await page.locator("#help").click();
    await waitForEvent(page, "ready@desk");
    const frame = widgetFrame(page, "desk");
    await frame.getByRole("heading", { name: "Where things stand" }).waitFor();
    // On a desktop the dialog is a centred card, not the whole screen.
    const dialog = await page.locator(`${widget("desk")} [role=dialog]`).boundingBox();
    expect(dialog?.width).toBe(640);
    expect(dialog?.x).toBe((1280 - 640) / 2);
    // As tall as its content, or as the dialog (at most the screen less a margin) leaves room
    // for under its header, with the rest scrolling inside: never cut off by the dialog's edge.
    await expect
      .poll(async () => {
        const box = await page.locator(`${widget("desk")} iframe`).boundingBox();
        const card = await page.locator(`${widget("desk")} [role=dialog]`).boundingBox();
        const content = await frame.evaluate(() => document.documentElement.scrollHeight);
        if (!box || !card) return "not shown";
        const room = card.y + card.height - box.y;
        if (box.height > room + 0.5) return `cut off: ${box.height} px in ${room} px`;
        const fits = Math.abs(box.height - content) <= 1;
        const fillsScreen = Math.abs(card.height - (900 - 32)) <= 1;
        return fits || fillsScreen ? "ok" : `frame ${box.height} px for ${content} px of content`;
      })
      .toBe("ok");
    await page.close();
  });
});
