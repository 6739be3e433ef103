import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear, createStore } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { useCurrentDebrief } from "../state/current-debrief";
import { InterviewsProvider } from "../state/interviews";
import { listInterviews, saveInterview } from "../state/interviews-store";
import { sessionWith } from "../state/test-session";
import { StartScreen } from "./start-screen";

beforeEach(async () => {
  await clear(createStore("rebound-coach", "sessions"));
  window.history.replaceState(null, "", "/");
});

/** The start screen as the app shows it, with a line naming the interview now open. */
function renderStart() {
  function OpenInterview() {
    const { session, loaded } = useCurrentDebrief();
    return loaded ? <p data-testid="open-interview">{session.id}</p> : null;
  }
  return render(
    <InterviewsProvider>
      <StartScreen />
      <OpenInterview />
    </InterviewsProvider>,
  );
}

const harbour = sessionWith({
  createdAt: "2026-11-02T09:00:00.000Z",
  draft: {
    organisation: { name: "Harbour & Co", role: "Junior accountant" },
    interview: { endedAt: "2026-11-02T08:00:00.000Z" },
  },
  plannedAt: "2026-11-02T10:00:00.000Z",
});
const northwind = sessionWith({
  createdAt: "2026-11-05T09:00:00.000Z",
  draft: { organisation: { name: "Northwind" } },
  step: 7,
});

describe("start screen", () => {
  it("says what Rebound does and that answers stay on the device", () => {
    renderStart();
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(
      screen.getByText(/stay on this device unless you choose to save or share/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Your interviews" })).not.toBeInTheDocument();
  });

  it("lists every interview on the device, newest first, each opening its own", async () => {
    await saveInterview(harbour);
    await saveInterview(northwind);
    renderStart();
    const list = await screen.findByRole("list");
    const links = within(list).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Northwind",
      "Harbour & Co, Junior accountant",
    ]);
    // A debrief still in progress opens where it was left; a planned one opens its plan.
    expect(links[0]).toHaveAttribute("href", `/debrief?interview=${northwind.id}`);
    expect(links[1]).toHaveAttribute("href", `/plan?interview=${harbour.id}`);
    expect(within(list).getByText("Debrief in progress")).toBeInTheDocument();
    expect(within(list).getByText("Plan ready")).toBeInTheDocument();
  });

  it("adds a new interview on Start a debrief, clearing nothing and warning of nothing", async () => {
    const user = userEvent.setup();
    await saveInterview(harbour);
    renderStart();
    await screen.findByRole("link", { name: /Harbour & Co/ });
    expect(screen.queryByText(/clears/i)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Start a debrief" }));
    const url = new URL(window.location.href);
    expect(url.pathname).toBe("/debrief");
    expect(url.searchParams.get("step")).toBe("1");
    const opened = url.searchParams.get("interview");
    expect(opened).not.toBe(harbour.id);
    await waitFor(() => expect(screen.getByTestId("open-interview")).toHaveTextContent(opened!));
    // The other interview is still there, and an untouched new debrief leaves nothing behind.
    expect((await listInterviews()).map((s) => s.id)).toEqual([harbour.id]);
  });
});
