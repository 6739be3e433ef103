import { afterEach, describe, expect, it, vi } from "vitest";
import { KEY, ORIGIN, recorder, widgetRoot } from "../test-support/page.js";
import { ALLOWED, answering, CHROME, settle } from "../test-support/site-status.js";
import { createRebound, type Rebound } from "./create-rebound.js";
import { FRAME_SANDBOX, FRAME_TITLE } from "./frame.js";
import { LAUNCHER_LABEL } from "./launcher.js";
import type { SiteStatus } from "./site-check.js";

const events = recorder();
let rebound: Rebound = createRebound({ origin: ORIGIN, checkSite: answering(ALLOWED) });

/** A fresh dispatcher whose site check answers `status`. */
function withSite(status: SiteStatus = ALLOWED): Rebound {
  rebound = createRebound({ origin: ORIGIN, checkSite: answering(status) });
  rebound.run(["on", "*", events.listener]);
  return rebound;
}

afterEach(() => {
  for (const id of [...rebound.instances.keys()]) rebound.run(["destroy", id]);
  document.body.replaceChildren();
  events.seen.length = 0;
  vi.restoreAllMocks();
});

const innerFocus = (id: string): Element | null => widgetRoot(id).activeElement;
const backdropHidden = (id: string): boolean | undefined =>
  widgetRoot(id).querySelector(".backdrop")?.hasAttribute("hidden");
const pressEscape = (target: Element): boolean =>
  target.dispatchEvent(
    new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }),
  );
const sheets = (id: string): string =>
  widgetRoot(id)
    .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join("\n");

describe("the popup chrome", () => {
  it("is a labelled modal dialog around a locked-down frame that may write to the clipboard", async () => {
    withSite().run(["init", { key: KEY, mode: "popup", id: "p" }]);
    rebound.run(["open", "p"]);
    await settle();
    const root = widgetRoot("p");
    const dialog = root.querySelector("[role=dialog]");
    expect(dialog?.getAttribute("aria-modal")).toBe("true");
    const iframe = root.querySelector("iframe");
    expect(iframe?.getAttribute("title")).toBe(FRAME_TITLE);
    expect(iframe?.getAttribute("sandbox")).toBe(FRAME_SANDBOX);
    // Permissions policy for our frame's origin only: Copy works, nothing else is granted.
    expect(iframe?.getAttribute("allow")).toBe("clipboard-write");
    expect(iframe?.getAttribute("referrerpolicy")).toBe("strict-origin");
    expect(root.querySelectorAll("[style]")).toHaveLength(0);
    expect(root.adoptedStyleSheets.length).toBeGreaterThan(0);
  });

  it("wears the agency's title, colours, radius and font once the server answers", async () => {
    withSite().run(["init", { key: KEY, mode: "popup", id: "p" }]);
    const title = () =>
      widgetRoot("p").getElementById(
        widgetRoot("p").querySelector("[role=dialog]")?.getAttribute("aria-labelledby") ?? "",
      )?.textContent;
    expect(title()).toBe(FRAME_TITLE);
    await settle();
    expect(title()).toBe(CHROME.title);
    const css = sheets("p");
    for (const value of ["--rb-primary: #0b5cad", "--rb-bg: #f7f9fc", "--rb-radius: 14px"])
      expect(css.replace(/\s+/g, " ")).toContain(value);
    expect(css).toContain("Georgia, Times New Roman, serif");
  });

  it("has no frame until it is opened, so a page that never opens it loads nothing", async () => {
    withSite().run(["init", { key: KEY, mode: "popup", id: "p" }]);
    await settle();
    expect(widgetRoot("p").querySelector("iframe")).toBeNull();
    rebound.run(["open", "p"]);
    expect(widgetRoot("p").querySelector("iframe")?.src).toContain(`${ORIGIN}/embed?key=${KEY}`);
  });

  it("preloads its frame, hidden, once the page has loaded when asked to", async () => {
    vi.useFakeTimers();
    try {
      withSite().run(["init", { key: KEY, mode: "popup", id: "p", preload: true }]);
      await vi.runAllTimersAsync();
      expect(backdropHidden("p")).toBe(true);
      expect(widgetRoot("p").querySelector("iframe")?.src).toContain("instance=p");
    } finally {
      vi.useRealTimers();
    }
  });

  it("closes on Escape and on its close button, returning focus to the trigger each time", () => {
    const trigger = document.createElement("button");
    trigger.textContent = "Open the coach";
    document.body.append(trigger);
    withSite().run(["init", { key: KEY, mode: "popup", id: "p", target: trigger }]);

    trigger.focus();
    trigger.click();
    expect(backdropHidden("p")).toBe(false);
    expect(innerFocus("p")?.getAttribute("aria-label")).toBe("Close");
    pressEscape(widgetRoot("p").querySelector(".close")!);
    expect(backdropHidden("p")).toBe(true);
    expect(document.activeElement).toBe(trigger);

    trigger.click();
    widgetRoot("p").querySelector<HTMLButtonElement>(".close")?.click();
    expect(backdropHidden("p")).toBe(true);
    expect(document.activeElement).toBe(trigger);
    expect(events.seen).toEqual(["opened@p", "closed@p", "opened@p", "closed@p"]);
  });

  // The other half (start sentinel → into the frame) needs a real frame: see the e2e suite.
  it("keeps Tab inside the dialog: tabbing past the end comes back to the close button", () => {
    withSite().run(["init", { key: KEY, mode: "popup", id: "p" }]);
    rebound.run(["open", "p"]);
    const sentinels = widgetRoot("p").querySelectorAll<HTMLElement>(".sentinel");
    expect(sentinels).toHaveLength(2);
    sentinels[1]?.focus();
    expect(innerFocus("p")?.getAttribute("aria-label")).toBe("Close");
  });
});

describe("the floating button", () => {
  it("is named by its visible label, the agency's, and reports whether its dialog is expanded", async () => {
    withSite().run(["init", { key: KEY, mode: "floatingButton", id: "f" }]);
    const launcher = widgetRoot("f").querySelector<HTMLButtonElement>(".launcher")!;
    expect(launcher.textContent).toBe(LAUNCHER_LABEL);
    expect(launcher.hasAttribute("aria-label")).toBe(false);
    await settle();
    expect(launcher.textContent).toBe(CHROME.launcherLabel);
    expect(
      widgetRoot("f")
        .getElementById(launcher.getAttribute("aria-controls") ?? "")
        ?.getAttribute("role"),
    ).toBe("dialog");
    expect(launcher.getAttribute("aria-expanded")).toBe("false");
    launcher.click();
    expect(launcher.getAttribute("aria-expanded")).toBe("true");
    pressEscape(widgetRoot("f").querySelector("[role=dialog]")!);
    expect(launcher.getAttribute("aria-expanded")).toBe("false");
    expect(innerFocus("f")).toBe(launcher);
  });
});

describe("a site the server refuses", () => {
  const refused: SiteStatus = {
    status: "refused",
    reason: "originNotAllowed",
    message: "The widget will not show here: add https://agency.example under Allowed sites.",
  };

  it("never frames the widget, says the site is not set up yet, warns the developer and emits error", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const container = document.createElement("div");
    document.body.append(container);
    withSite(refused).run(["init", { key: KEY, mode: "inline", id: "in", target: container }]);
    await settle();
    const root = widgetRoot("in");
    expect(root.querySelector("iframe")).toBeNull();
    expect(root.querySelector("[role=status]")?.textContent).toBe(
      "The interview coach is not set up on this site yet.",
    );
    expect(warn).toHaveBeenCalledWith(`[Rebound] ${refused.message}`);
    expect(events.seen).toEqual(["error@in"]);
  });

  it("opens a popup on the explanation instead of a frame", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    withSite(refused).run(["init", { key: KEY, mode: "popup", id: "p" }]);
    await settle();
    rebound.run(["open", "p"]);
    expect(backdropHidden("p")).toBe(false);
    expect(widgetRoot("p").querySelector("iframe")).toBeNull();
    expect(widgetRoot("p").querySelector("[role=status]")?.hasAttribute("hidden")).toBe(false);
  });
});

describe("several instances", () => {
  it("live side by side: separate elements and frames, commands reach only their target", async () => {
    const container = document.createElement("div");
    document.body.append(container);
    withSite().run(["init", { key: KEY, mode: "inline", id: "one", target: container }]);
    rebound.run(["init", { key: KEY, mode: "popup", id: "two" }]);
    rebound.run(["init", { key: KEY, mode: "popup", id: "three" }]);
    rebound.run(["open", "two"]);
    await settle();
    expect(backdropHidden("two")).toBe(false);
    expect(backdropHidden("three")).toBe(true);
    expect(widgetRoot("one").querySelector("iframe")?.src).toContain("instance=one");
    rebound.run(["destroy", "two"]);
    expect([...rebound.instances.keys()]).toEqual(["one", "three"]);
    expect(document.querySelectorAll("rebound-widget")).toHaveLength(2);
    expect(events.seen).toEqual(["opened@two", "closed@two"]);
  });
});
