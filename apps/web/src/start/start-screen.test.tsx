import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { clearSession, loadSession } from "../state/session-store";
import { renderWithSession, sessionWith } from "../state/test-session";
import { StartScreen } from "./start-screen";

beforeEach(async () => {
  await clearSession();
  window.history.replaceState(null, "", "/");
});

describe("start screen", () => {
  it("says what Rebound does and that answers stay on the device", () => {
    renderWithSession(<StartScreen />);
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(
      screen.getByText(/stay on this device unless you choose to save or share/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Resume/ })).not.toBeInTheDocument();
  });

  it("offers to resume an unfinished debrief, or to start afresh", async () => {
    const user = userEvent.setup();
    renderWithSession(
      <StartScreen />,
      sessionWith({ draft: { organisation: { name: "Harbour & Co" } }, step: 7 }),
    );
    expect(screen.getByRole("link", { name: "Resume my debrief" })).toHaveAttribute(
      "href",
      "/debrief",
    );

    await user.click(screen.getByRole("button", { name: "Start a debrief" }));
    expect(window.location.search).toBe("?step=1");
    await waitFor(async () => expect((await loadSession())?.draft).toEqual({}));
  });
});
