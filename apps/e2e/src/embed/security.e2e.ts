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
      script: `Rebound("init", { key: "${world.key}", mode: "popup", id: "pop" });
               setInterval(function () { ${forgeries("pop")}.forEach(function (m) { window.postMessage(m, "*"); }); }, 50);`,
    });
    await page.waitForTimeout(300); // forged "ready" arrives before our frame even exists
    expect(await hostEvents(page)).toEqual([]);

    await page.evaluate(() =>
      (window as unknown as { Rebound: (c: string) => void }).Rebound("open"),
    );
    await waitForEvent(page, "ready@pop");
    await page.waitForTimeout(500); // forged "closed" and "planGenerated" keep coming after the handshake
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
