import { choosePlan, type Debrief } from "@rebound/core";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftsScreen } from "./drafts-screen";
import { draftsTestDebrief } from "./test-draft";

const A_DAY_LATER = new Date("2026-11-21T09:00:00.000Z");

function renderScreen(debrief: Debrief = draftsTestDebrief(), debriefId = "test-debrief") {
  const plan = choosePlan(debrief, A_DAY_LATER);
  return render(<DraftsScreen debriefId={debriefId} debrief={debrief} plan={plan} />);
}

const thankYouEditor = async () => {
  const card = await screen.findByRole("article", { name: "Thank-you email" });
  return within(card).getByRole("textbox", { name: /edit your draft/i });
};

describe("DraftsScreen", () => {
  // Only the date is fixed (the screen's "now"); timers stay real so the lint debounce runs.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: A_DAY_LATER });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("drafts every message the plan names, the thank-you carrying the forgotten point", async () => {
    renderScreen();
    const editor = await thankYouEditor();
    expect((editor as HTMLTextAreaElement).value).toContain("my payroll certificate");
    // A small, formal firm: the plan adds a handwritten note, which follows the email.
    const note = screen.getByRole("article", { name: /handwritten note/i });
    expect(within(note).getByText(/Its step on your plan comes later/)).toBeInTheDocument();

    vi.setSystemTime(new Date("2026-11-28T09:00:00.000Z"));
    cleanup();
    renderScreen();
    const laterNote = await screen.findByRole("article", { name: /handwritten note/i });
    expect(within(laterNote).getByRole("button", { name: "Print the note" })).toBeInTheDocument();
  });

  it("shows one repair email: the thank-you carries the call request, with its send time", async () => {
    const debrief = draftsTestDebrief();
    debrief.standing.believesFit = "yes";
    debrief.interview.severity = "noticeable";
    renderScreen(debrief, "one-email-test");
    const editor = await thankYouEditor();
    expect((editor as HTMLTextAreaElement).value.match(/ten-minute call/g)).toHaveLength(1);
    const titles = screen.getAllByRole("article").map((card) => card.getAttribute("data-template"));
    expect(titles.filter((id) => id === "call-request")).toEqual([]);
    const card = screen.getByRole("article", { name: "Thank-you email" });
    expect(within(card).getByText(/^Send:/)).toBeInTheDocument();
  });

  it("holds every outreach draft during the cool-off, with a countdown", async () => {
    const debrief = draftsTestDebrief();
    debrief.interview.endedAt = new Date(A_DAY_LATER.getTime() - 30 * 60_000).toISOString();
    debrief.feelings.rawness = "raw";
    renderScreen(debrief, "cool-off-test");
    const cards = await screen.findAllByRole("article");
    for (const card of cards) {
      expect(within(card).getByText(/^Held for .* more$/)).toBeInTheDocument();
      expect(within(card).queryByRole("button", { name: "Copy" })).not.toBeInTheDocument();
    }
  });

  it("rewords every draft when the tone changes, and keeps the person's edits per tone", async () => {
    const user = userEvent.setup();
    renderScreen(draftsTestDebrief(), "tone-test");
    const warm = ((await thankYouEditor()) as HTMLTextAreaElement).value;

    await user.click(screen.getByRole("radio", { name: /Formal/ }));
    await screen.findByRole("radio", { name: /Formal/, checked: true });
    const formal = ((await thankYouEditor()) as HTMLTextAreaElement).value;
    expect(formal).not.toBe(warm);

    await user.type(await thankYouEditor(), " Kind regards.");
    await user.click(screen.getByRole("radio", { name: /Warm/ }));
    expect(await thankYouEditor()).toHaveValue(warm);
    await user.click(screen.getByRole("radio", { name: /Formal/ }));
    expect(await thankYouEditor()).toHaveValue(`${formal} Kind regards.`);
  });
});
