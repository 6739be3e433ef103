import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser } from "../harness/app.js";
import { hostEvents, useEmbedWorld, waitForEvent, widget, widgetFrame } from "./embed-world.js";

/** Forged protocol messages, well-formed in every way except who sends them. */
const forgeries = (instance: string) => `[
  { rebound: 1, id: "f1", type: "ready", payload: { instance: "${instance}" } },
  { rebound: 1, id: "f2", type: "planGenerated", payload: { steps: 99 } },
  { rebound: 1, id: "f3", type: "closed", payload: {} },
  { rebound: 1, id: "f4", type: "error", payload: { code: "frame", message: "forged" } }
]`;

/** Counts the forgeries the host page's window receives, by sender (itself or the hostile frame). */
const COUNT_FORGERIES = `window.forgeriesHeard = { self: 0, frame: 0 };
  addEventListener("message", function (e) {
    if (e.data && /^f[1-4]$/.test(e.data.id)) window.forgeriesHeard[e.source === window ? "self" : "frame"]++;
  });`;

/**
 * Waits until the page has received `rounds` more rounds of forgeries from each sender. Every
 * listener on the window handles a message before the next one is dispatched, so by then the
 * loader's own listeners have seen (and had the chance to act on) every one of them.
 */
async function moreForgeriesHeard(page: Page, rounds: number): Promise<void> {
  type Counts = { self: number; frame: number };
  const heard = () =>
    page.evaluate(() => ({ ...(window as unknown as { forgeriesHeard: Counts }).forgeriesHeard }));
  const before = await heard();
  await page.waitForFunction(
    ({ self, frame, wanted }) => {
      const now = (window as unknown as { forgeriesHeard: Counts }).forgeriesHeard;
      return now.self >= self + wanted && now.frame >= frame + wanted;
    },
    { ...before, wanted: rounds * 4 },
  );
}

describeInBrowser("embed: who the host listens to", () => {
  const world = useEmbedWorld();

  it("ignores a hostile frame and the page's own window, even when they forge well-formed messages", async () => {
    // The hostile frame is on another origin and posts to "*" until the test ends.
    world.host.set("/hostile", {
      html: `<!doctype html><title>Advert</title><script>
        setInterval(function () { ${forgeries("pop")}.forEach(function (m) { parent.postMessage(m, "*"); }); }, 50);
      </script>`,
    });
    const page = await world.open("/targeted", {
      body: `<iframe title="Advert" src="${world.host.otherOrigin}/hostile"></iframe>`,
      script: `${COUNT_FORGERIES}
               Rebound("init", { key: "${world.key}", mode: "popup", id: "pop" });
               setInterval(function () { ${forgeries("pop")}.forEach(function (m) { window.postMessage(m, "*"); }); }, 50);`,
    });
    // Forged "ready" messages arrive once the loader runs, before our frame even exists.
    await page.waitForFunction(
      () => (window as unknown as { Rebound: { loaded?: boolean } }).Rebound.loaded === true,
    );
    await moreForgeriesHeard(page, 2);
    expect(await hostEvents(page)).toEqual([]);

    await page.evaluate(() =>
      (window as unknown as { Rebound: (c: string) => void }).Rebound("open"),
    );
    await waitForEvent(page, "ready@pop");
    await moreForgeriesHeard(page, 2); // forged "closed" and "planGenerated" keep coming after the handshake
    expect(await page.locator(`${widget("pop")} [role=dialog]`).isVisible()).toBe(true);
    const events = await hostEvents(page);
    expect(events.filter((e) => e === "ready@pop")).toHaveLength(1);
    expect(events.filter((e) => /^(planGenerated|closed|error)@/.test(e))).toEqual([]);
    await page.close();
  });

  it("works under a strict host CSP: scripts by nonce, no inline styles allowed", async () => {
    const nonce = "cSpN0nce4Test";
    const page = await world.open("/strict", {
      nonce,
      headers: {
        // The recipe in the embed README: the loader by nonce, its site check, and the frame.
        "content-security-policy": `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self'; connect-src ${world.reboundOrigin}; frame-src ${world.reboundOrigin}`,
      },
      body: `<div data-rebound-key="${world.key}" data-rebound-id="csp" data-rebound-nonce="${nonce}"></div>`,
    });
    await waitForEvent(page, "ready@csp");
    await widgetFrame(page, "csp").locator("h1, h2").first().waitFor({ state: "visible" });
    // The chrome's stylesheet applied: the frame has no border although the browser default has one.
    expect(
      await page
        .locator(`${widget("csp")} iframe`)
        .evaluate((el) => getComputedStyle(el).borderTopWidth),
    ).toBe("0px");
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await page.close();
  });
});
