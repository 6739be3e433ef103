import { afterEach, describe, expect, it } from "vitest";
import { KEY, ORIGIN, recorder, widgetRoot } from "../test-support/page.js";
import { createRebound } from "./create-rebound.js";
import { FRAME_SANDBOX, FRAME_TITLE } from "./frame.js";

const rebound = createRebound({ origin: ORIGIN });
const events = recorder();
rebound.run(["on", "*", events.listener]);

afterEach(() => {
  for (const id of [...rebound.instances.keys()]) rebound.run(["destroy", id]);
  document.body.replaceChildren();
  events.seen.length = 0;
});

const innerFocus = (id: string): Element | null => widgetRoot(id).activeElement;
const backdropHidden = (id: string): boolean | undefined =>
  widgetRoot(id).querySelector(".backdrop")?.hasAttribute("hidden");
const pressEscape = (target: Element): boolean =>
  target.dispatchEvent(
    new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }),
  );

describe("the popup chrome", () => {
  it("is a labelled modal dialog around a locked-down frame, styled without style attributes", () => {
    rebound.run(["init", { key: KEY, mode: "popup", id: "p" }]);
    rebound.run(["open", "p"]);
    const root = widgetRoot("p");
    const dialog = root.querySelector("[role=dialog]");
    expect(dialog?.getAttribute("aria-modal")).toBe("true");
    expect(root.getElementById(dialog?.getAttribute("aria-labelledby") ?? "")?.textContent).toBe(
      FRAME_TITLE,
    );
    const iframe = root.querySelector("iframe");
    expect(iframe?.getAttribute("title")).toBe(FRAME_TITLE);
    expect(iframe?.getAttribute("sandbox")).toBe(FRAME_SANDBOX);
    expect(iframe?.getAttribute("allow")).toBe("");
    expect(iframe?.getAttribute("referrerpolicy")).toBe("strict-origin");
    expect(root.querySelectorAll("[style]")).toHaveLength(0);
    expect(root.adoptedStyleSheets.length).toBeGreaterThan(0);
  });

  it("closes on Escape and on its close button, returning focus to the trigger each time", () => {
    const trigger = document.createElement("button");
    trigger.textContent = "Open the coach";
    document.body.append(trigger);
    rebound.run(["init", { key: KEY, mode: "popup", id: "p", target: trigger }]);

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
    rebound.run(["init", { key: KEY, mode: "popup", id: "p" }]);
    rebound.run(["open", "p"]);
    const sentinels = widgetRoot("p").querySelectorAll<HTMLElement>(".sentinel");
    expect(sentinels).toHaveLength(2);
    sentinels[1]?.focus();
    expect(innerFocus("p")?.getAttribute("aria-label")).toBe("Close");
  });
});

describe("the floating button", () => {
  it("has a name and reports whether its dialog is expanded", () => {
    rebound.run(["init", { key: KEY, mode: "floatingButton", id: "f" }]);
    const launcher = widgetRoot("f").querySelector<HTMLButtonElement>(".launcher")!;
    // The accessible name starts with the visible label.
    expect(launcher.getAttribute("aria-label")?.startsWith(launcher.textContent)).toBe(true);
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

describe("several instances", () => {
  it("live side by side: separate elements and frames, commands reach only their target", () => {
    const container = document.createElement("div");
    document.body.append(container);
    rebound.run(["init", { key: KEY, mode: "inline", id: "one", target: container }]);
    rebound.run(["init", { key: KEY, mode: "popup", id: "two" }]);
    rebound.run(["init", { key: KEY, mode: "popup", id: "three" }]);
    rebound.run(["open", "two"]);
    expect(backdropHidden("two")).toBe(false);
    expect(backdropHidden("three")).toBe(true);
    expect(widgetRoot("one").querySelector("iframe")?.src).toContain("instance=one");
    rebound.run(["destroy", "two"]);
    expect([...rebound.instances.keys()]).toEqual(["one", "three"]);
    expect(document.querySelectorAll("rebound-widget")).toHaveLength(2);
    expect(events.seen).toEqual(["opened@two", "closed@two"]);
  });
});
