import { choosePlan, type DebriefDraft, parseDebrief } from "@rebound/core";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearSession, loadSession } from "../state/session-store";
import { renderWithSession, sampleDraft, sessionWith } from "../state/test-session";
import { PlanScreen } from "./plan-screen";
import { byStart } from "./plan-timeline";

const ENDED = "2026-11-21T09:00:00.000Z";
const PLANNED = "2026-11-21T10:00:00.000Z";

function renderPlan(draft: DebriefDraft = sampleDraft(ENDED), plannedAt: string | null = PLANNED) {
  return renderWithSession(<PlanScreen />, sessionWith({ draft, plannedAt }));
}

const stepTitles = () =>
  screen.getAllByRole("article").map((article) => within(article).getByRole("heading").textContent);

function expectedTitles(draft: DebriefDraft, at: string): string[] {
  const parsed = parseDebrief(draft);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return byStart(choosePlan(parsed.value, new Date(at)).steps).map((step) => step.title);
}

beforeEach(async () => {
  await clearSession();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-21T12:00:00.000Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("plan screen", () => {
  it("says how to get a plan when there is none yet", () => {
    renderPlan({}, null);
    expect(screen.getByRole("heading", { level: 1, name: "No plan yet" })).toBeInTheDocument();
  });

  it("shows the steps core chose as a timeline, in date order", () => {
    renderPlan();
    expect(screen.getByRole("heading", { level: 1, name: "Your plan" })).toBeInTheDocument();
    expect(stepTitles()).toEqual(expectedTitles(sampleDraft(ENDED), PLANNED));
    const starts = screen
      .getAllByRole("article")
      .map((a) => Date.parse(a.querySelector("time")?.getAttribute("datetime") ?? ""));
    expect(starts.every(Number.isFinite)).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("says which message a section is said in, and in which time zone messages are dated", () => {
    renderPlan(sampleDraft(ENDED, { timeZone: "Europe/Paris" }));
    const apology = screen.getByRole("article", {
      name: "Apologise for one specific slip, in one line",
    });
    expect(apology).toHaveTextContent("Said in your thank-you email");
    expect(screen.getByRole("article", { name: /thank-you/i })).toHaveTextContent("By email");
    expect(
      screen.getByText(/dated in working hours where you are \(Europe\/Paris\)/),
    ).toBeVisible();
  });

  it("counts down the cool-off and holds outreach until it ends", () => {
    renderPlan();
    const coolOff = screen.getByRole("region", { name: "Cool-off" });
    // Raw feelings: held until a day after the plan was made, 22 hours from "now".
    expect(within(coolOff).getByRole("timer")).toHaveTextContent("22 hours left");
    expect(coolOff).toHaveTextContent("Your drafts are held until");
    const thankYou = screen.getByRole("article", { name: /thank-you/i });
    expect(thankYou).toHaveTextContent("Held until");
  });

  it("says when the cool-off is over", () => {
    vi.setSystemTime(new Date("2026-11-22T11:00:00.000Z"));
    renderPlan();
    const coolOff = screen.getByRole("region", { name: "Cool-off" });
    expect(within(coolOff).queryByRole("timer")).not.toBeInTheDocument();
    expect(coolOff).toHaveTextContent("The cool-off ended on");
    expect(screen.getByRole("article", { name: /thank-you/i })).not.toHaveTextContent("Held until");
  });

  it("explains a step with its rationale and sources on “Why?”", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    renderPlan();
    const coolOffStep = screen.getByRole("article", { name: "Cool off before you contact anyone" });
    const why = within(coolOffStep).getByRole("button", { name: "Why?" });
    expect(why).toHaveAttribute("aria-expanded", "false");
    expect(within(coolOffStep).queryByText(/still feels raw/)).not.toBeVisible();

    await user.click(why);
    expect(why).toHaveAttribute("aria-expanded", "true");
    expect(within(coolOffStep).getByText(/still feels raw/)).toBeVisible();
    expect(within(coolOffStep).getByRole("list", { name: "Sources" })).toHaveTextContent(
      "Clarity Recruitment",
    );
  });

  it("asks before marking done a step not due yet, then keeps the mark after a reload", async () => {
    const user = userEvent.setup();
    renderPlan();
    const thankYou = screen.getByRole("article", { name: /thank-you/i });
    await user.click(within(thankYou).getByRole("button", { name: "Mark done" }));
    // Held by the cool-off, so not due yet: a stray tap changes nothing until confirmed.
    expect(within(thankYou).getByText(/Has it already happened\?/)).toBeInTheDocument();
    await user.click(within(thankYou).getByRole("button", { name: "Not yet" }));
    expect(within(thankYou).getByRole("button", { name: "Mark done" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );

    await user.click(within(thankYou).getByRole("button", { name: "Mark done" }));
    await user.click(within(thankYou).getByRole("button", { name: "Yes, it's done" }));
    expect(within(thankYou).getByRole("button", { name: "Mark done" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // The apology was a line of that thank-you: it went with it.
    expect(
      screen.getByRole("article", { name: "Apologise for one specific slip, in one line" }),
    ).toHaveTextContent("Done");
    await waitFor(async () =>
      expect((await loadSession())?.progress.done).toEqual(["thank-you-email"]),
    );
  });

  it("takes the follow-up off the plan once they replied to the thank-you", async () => {
    const user = userEvent.setup();
    renderWithSession(
      <PlanScreen />,
      sessionWith({
        draft: sampleDraft(ENDED),
        plannedAt: PLANNED,
        progress: { done: ["thank-you-email"], answered: {} },
      }),
    );
    const followUp = /follow-up/i;
    expect(screen.getByRole("article", { name: followUp })).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "They replied" }));
    expect(screen.queryByRole("article", { name: followUp })).not.toBeInTheDocument();
    expect(
      screen.getByText("They replied, so the follow-up is off your plan."),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: "They replied" }));
    expect(screen.getByRole("article", { name: followUp })).toBeInTheDocument();
  });

  it("re-chooses the plan when the status changes to a rejection", async () => {
    const user = userEvent.setup();
    renderPlan();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Where things stand now" }),
      "They said no",
    );

    expect(screen.getByRole("status")).toHaveTextContent("Plan updated for: They said no.");
    const now = new Date().toISOString();
    const rejected = sampleDraft(ENDED, { candidacy: { status: "rejected", changedAt: now } });
    expect(stepTitles()).toEqual(expectedTitles(rejected, now));
    expect(stepTitles()).not.toEqual(expectedTitles(sampleDraft(ENDED), PLANNED));
    await waitFor(async () =>
      expect((await loadSession())?.draft.candidacy?.status).toBe("rejected"),
    );
  });

  it("downloads the plan as an .ics calendar", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return "blob:rebound-plan";
    });
    renderPlan();
    await user.click(screen.getByRole("button", { name: "Add to calendar" }));

    expect(blobs).toHaveLength(1);
    const ics = await blobs[0]?.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain("Harbour & Co");
    createObjectURL.mockRestore();
  });

  it("measures from “Build my plan” to the plan on screen", () => {
    performance.clearMeasures("rebound:plan");
    performance.mark("rebound:build-plan");
    renderPlan();
    expect(performance.getEntriesByName("rebound:plan", "measure")).toHaveLength(1);
  });

  it("shows what the person typed as text, never as markup", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    renderPlan(sampleDraft(ENDED, { organisation: { name: hostile } }));
    expect(screen.getAllByText(hostile, { exact: false }).length).toBeGreaterThan(0);
    expect(document.querySelector("img")).toBeNull();
  });
});
