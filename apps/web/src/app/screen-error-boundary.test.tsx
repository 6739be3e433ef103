import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { lazyScreen } from "./lazy-screen";
import { ScreenErrorBoundary } from "./screen-error-boundary";

/** A screen whose code fails to arrive `failures` times, then loads. */
function flakyScreen(failures: number) {
  let calls = 0;
  const load = vi.fn(() => {
    calls += 1;
    return calls <= failures
      ? Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/x.js"))
      : Promise.resolve(() => <h1>The plan</h1>);
  });
  return { load, ...lazyScreen(load) };
}

function renderInBoundary(Screen: (props: object) => React.JSX.Element) {
  return render(
    <ScreenErrorBoundary>
      <Suspense fallback={<p>Loading…</p>}>
        <Screen />
      </Suspense>
    </ScreenErrorBoundary>,
  );
}

describe("a screen whose code fails to load", () => {
  it("says so instead of a blank page, and Try again fetches it afresh", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined); // React logs the caught error
    const user = userEvent.setup();
    const { Screen, load } = flakyScreen(1);
    renderInBoundary(Screen);

    expect(
      await screen.findByRole("heading", { name: "This screen could not load" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(/You may be offline/);
    expect(load).toHaveBeenCalledTimes(1); // a failure is not retried in a loop

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "The plan" })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("retries by itself when the connection comes back", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { Screen } = flakyScreen(1);
    renderInBoundary(Screen);
    await screen.findByRole("heading", { name: "This screen could not load" });
    window.dispatchEvent(new Event("online"));
    expect(await screen.findByRole("heading", { name: "The plan" })).toBeInTheDocument();
  });

  it("renders a preloaded screen at once, with no loading step", async () => {
    const { Screen, preload } = flakyScreen(0);
    await preload();
    renderInBoundary(Screen);
    expect(screen.getByRole("heading", { name: "The plan" })).toBeInTheDocument();
  });
});
