import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser } from "../harness/app.js";
import { hostEvents, useEmbedWorld, waitForEvent } from "./embed-world.js";
import { serveReactHost } from "./react-host.js";

interface ReactHostWindow {
  app: { show: (route: string, label: string) => void; unmount: () => void };
  messageListeners: Set<unknown>;
}

const app = (page: Page, call: string, ...args: string[]) =>
  page.evaluate(
    ([name, rest]) => {
      const host = window as unknown as ReactHostWindow;
      if (name === "show") host.app.show(rest[0] ?? "", rest[1] ?? "");
      else host.app.unmount();
    },
    [call, args] as const,
  );

/** Widgets, frames and window "message" listeners currently on the page. */
const leftovers = (page: Page) =>
  page.evaluate(() => ({
    widgets: document.querySelectorAll("rebound-widget").length,
    frames: Array.from(document.querySelectorAll("rebound-widget")).filter((w) =>
      w.shadowRoot?.querySelector("iframe"),
    ).length,
    listeners: (window as unknown as ReactHostWindow).messageListeners.size,
  }));

describeInBrowser("embed: the React wrapper on a React site", () => {
  const world = useEmbedWorld();

  it("survives re-renders and route changes, and leaves nothing behind after two mount/unmount rounds", async () => {
    serveReactHost(world.host, world.reboundOrigin, world.key);
    const page = await world.visit(`${world.host.origin}/react`);
    await page.waitForFunction(() => "app" in window);
    const before = await leftovers(page);

    for (const round of ["one", "two"]) {
      await app(page, "show", "coach", round);
      await waitForEvent(page, `ready@react:${round}`);
      const frame = page.locator("#root rebound-widget iframe");
      await frame.evaluate((el) => el.setAttribute("data-test-mark", "same"));

      // A re-render with new props (class, callback) keeps the very same frame and connection.
      // root.render() commits asynchronously (concurrent React), hence the polls.
      await app(page, "show", "coach", `${round}-again`);
      await expect
        .poll(() =>
          page.locator(`.${round}-again rebound-widget iframe[data-test-mark=same]`).count(),
        )
        .toBe(1);
      await expect
        .poll(() => leftovers(page))
        .toEqual({
          widgets: 1,
          frames: 1,
          listeners: before.listeners + 1,
        });

      // A route change unmounts the widget; coming back starts a fresh one.
      await app(page, "show", "offices", round);
      await expect.poll(() => leftovers(page)).toEqual(before);
      await app(page, "show", "coach", `${round}-back`);
      await waitForEvent(page, `ready@react:${round}-back`);

      await app(page, "unmount");
      await expect.poll(() => leftovers(page)).toEqual(before);
    }
    const loaderScripts = await page.evaluate(
      () =>
        Array.from(document.scripts).filter((s) => s.src.endsWith("/embed/v1/loader.js")).length,
    );
    expect(loaderScripts).toBe(1);
    expect(
      (await hostEvents(page)).filter((e) => e.startsWith("error") || e.startsWith("loadFailed")),
    ).toEqual([]);
    await page.close();
  });
});
