import { afterEach, describe, expect, it } from "vitest";
import { KEY, ORIGIN, widgetRoot } from "../test-support/page.js";
import { ALLOWED, answering, settle } from "../test-support/site-status.js";
import { createRebound, type Rebound } from "./create-rebound.js";
import { initFromAttributes, listenForOpenClicks } from "./data-attributes.js";

let rebound: Rebound;
let inits: Record<string, unknown>[] = [];
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const id of [...rebound.instances.keys()]) rebound.run(["destroy", id]);
  document.body.replaceChildren();
});

function page(html: string): void {
  // Test fixture markup written here, never user input.
  document.body.innerHTML = html;
  const real = createRebound({ origin: ORIGIN, checkSite: answering(ALLOWED) });
  inits = [];
  rebound = {
    ...real,
    run: (args) => {
      if (args[0] === "init") inits.push(args[1] as Record<string, unknown>);
      return real.run(args);
    },
  };
  initFromAttributes(document, rebound);
}

const frameParams = (id: string) =>
  new URL(widgetRoot(id).querySelector("iframe")?.src ?? "about:blank").searchParams;

describe("data-rebound-* set-up", () => {
  it("mounts an inline widget inside the element, with locale and the frame URL built from the key", async () => {
    page(
      `<section id="coach" data-rebound-key="${KEY}" data-rebound-id="careers" data-rebound-locale="en-GB"></section>`,
    );
    await settle();
    const widget = document.querySelector("#coach > rebound-widget");
    expect(widget?.getAttribute("data-instance")).toBe("careers");
    const params = frameParams("careers");
    expect(Object.fromEntries(params)).toEqual({
      key: KEY,
      host: "https://agency.example",
      instance: "careers",
      mode: "inline",
      locale: "en-GB",
    });
  });

  it("turns a popup element into its trigger and passes prefill and preload from the attributes", () => {
    page(
      `<button data-rebound-key="${KEY}" data-rebound-mode="popup" data-rebound-id="apply" data-rebound-organisation="Acme" data-rebound-role="Analyst" data-rebound-preload>Get help</button>`,
    );
    expect(inits[0]).toMatchObject({
      mode: "popup",
      prefill: { organisation: "Acme", role: "Analyst" },
      preload: true,
    });
    const root = widgetRoot("apply");
    expect(root.querySelector(".backdrop")?.hasAttribute("hidden")).toBe(true);
    document.querySelector<HTMLButtonElement>("button[data-rebound-key]")?.click();
    expect(root.querySelector(".backdrop")?.hasAttribute("hidden")).toBe(false);
  });

  it("sets each element up once, however often the page is scanned", () => {
    page(`<div data-rebound-key="${KEY}"></div><div data-rebound-key="${KEY}"></div>`);
    initFromAttributes(document, rebound);
    expect(rebound.instances.size).toBe(2);
    expect(document.querySelectorAll("rebound-widget")).toHaveLength(2);
  });

  it("refuses a bad key or mode in the console instead of rendering a broken widget", () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(" "));
    try {
      page(
        `<div data-rebound-key="sk_live_secret"></div><div data-rebound-key="${KEY}" data-rebound-mode="fullscreen"></div>`,
      );
    } finally {
      console.error = original;
    }
    expect(rebound.instances.size).toBe(0);
    expect(errors).toEqual([
      expect.stringContaining("publishable key"),
      expect.stringContaining("mode must be one of"),
    ]);
  });

  it("opens the named instance from any [data-rebound-open] button, added before or after", () => {
    page(`<div data-rebound-key="${KEY}" data-rebound-mode="popup" data-rebound-id="a"></div>`);
    cleanups.push(listenForOpenClicks(document, rebound));
    const later = document.createElement("button");
    later.setAttribute("data-rebound-open", "a");
    later.textContent = "Talk it through";
    document.body.append(later);
    later.click();
    expect(widgetRoot("a").querySelector(".backdrop")?.hasAttribute("hidden")).toBe(false);
  });
});
