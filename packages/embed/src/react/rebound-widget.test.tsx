import { act, render, renderHook } from "@testing-library/react";
import { StrictMode } from "react";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { ReboundEventDetail } from "../loader/api-types.js";
import { takeOver } from "../loader/take-over.js";
import { LOADER_PATH } from "../snippet/install-stub.js";
import { countMessageListeners, framesOnPage, KEY, ORIGIN } from "../test-support/page.js";
import { settle, stubStatusEndpoint } from "../test-support/site-status.js";
import { ReboundWidget } from "./rebound-widget.js";
import { useRebound } from "./use-rebound.js";

const listeners = countMessageListeners();
afterAll(() => listeners.restore());

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete window.Rebound;
  for (const script of document.querySelectorAll("script")) script.remove();
});

const loaderRequests = () =>
  [...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((s) => s.src);

describe("<ReboundWidget>", () => {
  it("mounted, re-rendered and unmounted twice leaves no listener or frame behind", async () => {
    const statusRequests = stubStatusEndpoint();
    const createElement = vi.spyOn(document, "createElement");
    const framesMade = () => createElement.mock.calls.filter(([tag]) => tag === "iframe").length;
    const props = { origin: ORIGIN, agencyKey: KEY, mode: "inline" as const };
    for (const round of [1, 2]) {
      const view = render(
        <StrictMode>
          <ReboundWidget {...props} onEvent={() => undefined} />
        </StrictMode>,
      );
      // The loader script arrives after the first mount and replays what the stub queued.
      if (round === 1) takeOver(undefined);
      await act(settle);
      // StrictMode mounts twice; the first widget is gone before the site check answers, so only
      // one frame is ever made (and Chromium's sandbox warning is logged once, not twice).
      expect(framesMade()).toBe(round);
      const [frame] = framesOnPage();
      expect(frame?.src).toContain(`${ORIGIN}/embed?key=${KEY}`);
      expect(listeners.active()).toBe(1);

      // New props that do not change the widget (a new callback, a class) keep the same frame.
      view.rerender(
        <StrictMode>
          <ReboundWidget {...props} className="coach" onEvent={() => null} />
        </StrictMode>,
      );
      expect(framesOnPage()).toEqual([frame]);
      expect(view.container.querySelector(".coach rebound-widget")).not.toBeNull();

      view.unmount();
      expect(framesOnPage()).toHaveLength(0);
      expect(listeners.active()).toBe(0);
    }
    expect(loaderRequests()).toEqual([ORIGIN + LOADER_PATH]);
    expect(statusRequests).toHaveLength(1);
  });
});

describe("useRebound", () => {
  it("opens its own instance and reports to the latest callback after re-renders", () => {
    stubStatusEndpoint();
    takeOver(undefined);
    const seen: string[] = [];
    const record = (label: string) => (event: ReboundEventDetail) =>
      seen.push(`${label} ${event.type}`);
    const { result, rerender, unmount } = renderHook(
      (label: string) =>
        useRebound({ origin: ORIGIN, agencyKey: KEY, mode: "popup", onEvent: record(label) }),
      { initialProps: "first" },
    );
    const id = result.current.id;
    rerender("second");
    expect(result.current.id).toBe(id);
    act(() => result.current.open());
    act(() => result.current.close());
    expect(seen).toEqual(["second opened", "second closed"]);
    unmount();
    expect(framesOnPage()).toHaveLength(0);
  });
});
