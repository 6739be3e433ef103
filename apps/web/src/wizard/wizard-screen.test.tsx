import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { useRoute } from "../app/router";
import { useCurrentDebrief } from "../state/current-debrief";
import { clearSession, loadSession } from "../state/session-store";
import { renderWithSession, sampleDraft, sessionWith } from "../state/test-session";
import { WizardScreen } from "./wizard-screen";

// An hour before the real clock: a plan is refused for an interview more than a year ago.
const ENDED = new Date(Date.now() - 3_600_000).toISOString();

/** The wizard as the app routes it: the step follows the address. */
function RoutedWizard() {
  const route = useRoute();
  const { loaded } = useCurrentDebrief();
  if (!loaded) return null;
  return route.name === "debrief" ? (
    <WizardScreen requestedStep={route.step} requestedDetail={route.detail} />
  ) : (
    <p>Now at {route.name}</p>
  );
}

function renderStep(step: number, draft = {}) {
  window.history.replaceState(null, "", `/debrief?step=${String(step)}`);
  return renderWithSession(<RoutedWizard />, sessionWith({ draft, step }));
}

/** One section offered from the plan ("add detail"). */
function renderDetail(id: string, draft = {}) {
  window.history.replaceState(null, "", `/debrief?detail=${id}`);
  return renderWithSession(<RoutedWizard />, sessionWith({ draft }));
}

beforeEach(async () => {
  await clearSession();
});

describe("wizard navigation", () => {
  it("starts with where things stand, shows progress, and moves on to what was sent so far", async () => {
    const user = userEvent.setup();
    renderStep(1);
    expect(
      screen.getByRole("heading", { level: 1, name: "Where things stand" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Debrief progress" })).toHaveAttribute(
      "aria-valuetext",
      "Step 1 of 6: Where things stand",
    );
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Raw: it still stings" }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Follow-ups so far" }),
    ).toHaveFocus();
    expect(window.location.search).toBe("?step=2");
  });

  it("asks a person turned down only what their reply needs", async () => {
    const user = userEvent.setup();
    renderStep(1);
    const heardBack = screen.getByRole("group", { name: "Have you heard back yet?" });
    await user.click(within(heardBack).getByRole("radio", { name: "They said no" }));
    expect(screen.getByRole("progressbar", { name: "Debrief progress" })).toHaveAttribute(
      "aria-valuetext",
      "Step 1 of 4: Where things stand",
    );
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "The people involved" }),
    ).toBeInTheDocument();
  });

  it("offers the size of a firm only to a candidate still waiting: it decides a handwritten note", () => {
    renderStep(3, { candidacy: { status: "rejected" } });
    expect(screen.getByRole("heading", { level: 1, name: "The organisation" })).toBeVisible();
    expect(screen.queryByRole("group", { name: "How big is it?" })).not.toBeInTheDocument();
  });
});

describe("inline validation from core's schemas", () => {
  it("explains a missing organisation name next to the field and stays on the step", async () => {
    const user = userEvent.setup();
    renderStep(5);
    await user.click(screen.getByRole("button", { name: "Next" }));

    const name = screen.getByRole("textbox", { name: "Organisation name" });
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(name).toHaveAccessibleDescription("Organisation name is required.");
    expect(screen.getByRole("heading", { level: 1, name: "The organisation" })).toBeInTheDocument();
  });
});

describe("optional sections and dates", () => {
  it("adds a section only when switched on, and requires its answer then", async () => {
    const user = userEvent.setup();
    renderDetail("circumstance", sampleDraft(ENDED));
    const toggle = screen.getByRole("checkbox", {
      name: "Something serious outside the interview affected how it went",
    });
    await user.click(toggle);
    await user.click(screen.getByRole("button", { name: "Save and update my plan" }));
    await waitFor(() =>
      expect(
        screen.getByRole("textbox", { name: "What was going on?" }),
      ).toHaveAccessibleDescription(
        "For you only: this is never copied into a message, even if you choose to mention it. What was going on is required. 0 of 1000 characters",
      ),
    );

    await user.click(toggle);
    expect(screen.queryByRole("textbox", { name: "What was going on?" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save and update my plan" }));
    await waitFor(() => expect(window.location.pathname).toBe("/plan"));
    await waitFor(async () =>
      expect((await loadSession())?.draft).not.toHaveProperty("circumstance"),
    );
  });

  it("explains an interview end time that is not a date", async () => {
    const user = userEvent.setup();
    renderStep(1);
    fireEvent.change(screen.getByLabelText("When did the interview end?"), {
      target: { value: "" },
    });
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() =>
      expect(screen.getByLabelText("When did the interview end?")).toHaveAccessibleDescription(
        /When the interview ended must be a date and time/,
      ),
    );
  });
});

describe("what issue 10 asks", () => {
  it("refuses an interview that ends in the future, in plain words, and stays on the step", async () => {
    const user = userEvent.setup();
    renderStep(1);
    const field = screen.getByLabelText("When did the interview end?");
    const tomorrow = new Date(Date.now() + 26 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    fireEvent.change(field, {
      target: {
        value: `${String(tomorrow.getFullYear())}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T10:00`,
      },
    });
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(/can't have ended in the future/),
    );
    expect(screen.getByRole("heading", { level: 1, name: "Where things stand" })).toBeVisible();
  });

  it("fills the time zone from the device, shows it, and keeps it in the debrief", async () => {
    const user = userEvent.setup();
    renderStep(1);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(screen.getByRole("combobox", { name: "Your time zone" })).toHaveValue(zone);
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(async () => expect((await loadSession())?.draft.timeZone).toBe(zone));
  });

  it("asks how to address each interviewer, suggesting from the honorific and never guessing", async () => {
    const user = userEvent.setup();
    renderStep(4);
    await user.click(screen.getByRole("button", { name: "Add an interviewer" }));
    await user.type(screen.getByRole("textbox", { name: "Name" }), "José Álvarez");
    const address = screen.getByRole("textbox", { name: /How you address them/ });
    expect(address).toHaveAccessibleDescription(
      "Leave blank for “Dear José Álvarez”. Warm drafts say “Hi José”.",
    );
    await user.type(screen.getByRole("textbox", { name: /^Honorific/ }), "Ms");
    expect(address).toHaveAccessibleDescription(
      "Leave blank for “Dear Ms Álvarez”. Warm drafts say “Hi José”.",
    );
    await user.type(address, "Señora Álvarez");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(async () =>
      expect((await loadSession())?.draft.interviewers?.[0]).toMatchObject({
        name: "José Álvarez",
        honorific: "Ms",
        address: "Señora Álvarez",
      }),
    );
  });

  it("labels the words written for the employer apart from the private note, and asks for them only once disclosed", async () => {
    const user = userEvent.setup();
    renderDetail("circumstance");
    await user.click(
      screen.getByRole("checkbox", {
        name: "Something serious outside the interview affected how it went",
      }),
    );
    expect(
      screen.queryByRole("textbox", { name: /Words for the employer/ }),
    ).not.toBeInTheDocument();
    await user.click(
      screen.getByRole("checkbox", { name: "I am willing to mention it to the employer" }),
    );
    const words = screen.getByRole("textbox", { name: /Words for the employer to read/ });
    expect(words).toHaveAccessibleDescription(/may use as you write it/);
  });
});

describe("don't know answers", () => {
  it("records “Don’t know” as an honest answer and lets the person move on", async () => {
    const user = userEvent.setup();
    renderStep(1);
    const heardBack = screen.getByRole("group", { name: "Have you heard back yet?" });
    await user.click(within(heardBack).getByRole("radio", { name: "Don’t know" }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Follow-ups so far" }),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await loadSession())?.draft.candidacy?.status).toBe("unknown"),
    );
  });
});

describe("repeatable entries", () => {
  it("adds and removes slip-ups, each with its own validation", async () => {
    const user = userEvent.setup();
    renderStep(3);
    await user.click(screen.getByRole("button", { name: "Add a slip-up" }));
    await user.click(screen.getByRole("button", { name: "Add another slip-up" }));
    const second = screen.getByRole("group", { name: "Slip-up 2" });
    await user.type(
      within(second).getByRole("textbox", { name: "What happened?" }),
      "Spilled the water",
    );

    await user.click(screen.getByRole("button", { name: "Next" }));
    const first = screen.getByRole("group", { name: "Slip-up 1" });
    await waitFor(() =>
      expect(
        within(first).getByRole("textbox", { name: "What happened?" }),
      ).toHaveAccessibleDescription(
        "For you only: this is never copied into a message. What happened is required.",
      ),
    );

    await user.click(screen.getByRole("button", { name: "Remove slip-up 1" }));
    expect(screen.queryByRole("group", { name: "Slip-up 2" })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Slip-up 1" })).getByRole("textbox", {
        name: "What happened?",
      }),
    ).toHaveValue("Spilled the water");
    // Focus returns to the add button rather than getting lost with the removed entry.
    expect(screen.getByRole("button", { name: "Add another slip-up" })).toHaveFocus();
  });

  it("adds a forgotten point from the plan, keeps it in the debrief and chooses the plan again", async () => {
    const user = userEvent.setup();
    renderDetail("forgotten", sampleDraft(ENDED, { forgotten: [] }));
    await user.click(screen.getByRole("button", { name: "Add a forgotten point" }));
    await user.type(
      screen.getByRole("textbox", { name: "What did you forget to mention?" }),
      "My CPA licence",
    );
    await user.click(screen.getByRole("button", { name: "Save and update my plan" }));

    await waitFor(() => expect(window.location.pathname).toBe("/plan"));
    await waitFor(async () => {
      const stored = await loadSession();
      expect(stored?.draft.forgotten).toEqual([
        { kind: "experience", detail: "My CPA licence", important: true },
      ]);
      expect(stored?.plannedAt).not.toBeNull();
    });
  });

  it("goes back to the plan from a section without choosing it again", async () => {
    const user = userEvent.setup();
    renderDetail("reference", sampleDraft(ENDED));
    expect(screen.getByRole("heading", { level: 1, name: "A reference" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Back to my plan" }));
    await waitFor(() => expect(window.location.pathname).toBe("/plan"));
    expect((await loadSession())?.plannedAt ?? null).toBeNull();
  });
});

describe("autosave", () => {
  it("restores every answer and the step after a reload", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/debrief?step=3");
    const first = renderWithSession(<RoutedWizard />);
    const wentWell = await screen.findByRole("textbox", { name: /^What went well\?/ });
    await user.type(wentWell, "Clear answer on audits{Enter}Good rapport");
    await waitFor(async () =>
      expect((await loadSession())?.draft.reflection?.wentWell).toEqual([
        "Clear answer on audits",
        "Good rapport",
      ]),
    );
    first.unmount();

    // A reload: nothing in memory, the step comes from storage, not the address.
    window.history.replaceState(null, "", "/debrief");
    renderWithSession(<RoutedWizard />);
    expect(await screen.findByRole("textbox", { name: /^What went well\?/ })).toHaveValue(
      "Clear answer on audits\nGood rapport",
    );
  });
});

describe("building the plan", () => {
  it("builds the plan on the last step and marks the moment for the timing measure", async () => {
    const user = userEvent.setup();
    renderStep(6, sampleDraft(ENDED));
    performance.clearMarks("rebound:build-plan"); // the sections saved above marked it too
    await user.click(screen.getByRole("button", { name: "Build my plan" }));

    await waitFor(() => expect(window.location.pathname).toBe("/plan"));
    expect(performance.getEntriesByName("rebound:build-plan", "mark")).toHaveLength(1);
    await waitFor(async () => expect((await loadSession())?.plannedAt).not.toBeNull());
  });

  it("points back to the step that still needs an answer", async () => {
    const user = userEvent.setup();
    renderStep(6, { interview: { endedAt: ENDED } });
    await user.click(screen.getByRole("button", { name: "Build my plan" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Answer the questions under “The organisation”.");
    expect(within(alert).getByRole("link", { name: "Go to step 5" })).toHaveAttribute(
      "href",
      "/debrief?step=5",
    );
  });
});
