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
    <WizardScreen requestedStep={route.step} />
  ) : (
    <p>Now at {route.name}</p>
  );
}

function renderStep(step: number, draft = {}) {
  window.history.replaceState(null, "", `/debrief?step=${String(step)}`);
  return renderWithSession(<RoutedWizard />, sessionWith({ draft, step }));
}

beforeEach(async () => {
  await clearSession();
});

describe("wizard navigation", () => {
  it("starts with how the person feels, shows progress, and moves on to what went well", async () => {
    const user = userEvent.setup();
    renderStep(1);
    expect(
      screen.getByRole("heading", { level: 1, name: "How are you feeling?" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Debrief progress" })).toHaveAttribute(
      "aria-valuetext",
      "Step 1 of 13: How are you feeling?",
    );
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Raw: it still stings" }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(await screen.findByRole("heading", { level: 1, name: "What went well" })).toHaveFocus();
    expect(window.location.search).toBe("?step=2");
  });
});

describe("inline validation from core's schemas", () => {
  it("explains a missing organisation name next to the field and stays on the step", async () => {
    const user = userEvent.setup();
    renderStep(7);
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
    renderStep(10);
    const toggle = screen.getByRole("checkbox", {
      name: "Something serious outside the interview affected how it went",
    });
    await user.click(toggle);
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() =>
      expect(
        screen.getByRole("textbox", { name: "What was going on?" }),
      ).toHaveAccessibleDescription(
        "For you only: this is never copied into a message, even if you choose to mention it. What was going on is required. 0 of 1000 characters",
      ),
    );

    await user.click(toggle);
    expect(screen.queryByRole("textbox", { name: "What was going on?" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "You and your career" }),
    ).toBeInTheDocument();
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
    expect(screen.getByRole("heading", { level: 1, name: "How are you feeling?" })).toBeVisible();
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
    renderStep(6);
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
    renderStep(10);
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
    renderStep(8);
    const heardBack = screen.getByRole("group", { name: "Have you heard back yet?" });
    await user.click(within(heardBack).getByRole("radio", { name: "Don’t know" }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "A reference" }),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await loadSession())?.draft.candidacy?.status).toBe("unknown"),
    );
  });
});

describe("repeatable entries", () => {
  it("adds and removes slip-ups, each with its own validation", async () => {
    const user = userEvent.setup();
    renderStep(4);
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

  it("adds a forgotten point and keeps it in the debrief", async () => {
    const user = userEvent.setup();
    renderStep(5);
    await user.click(screen.getByRole("button", { name: "Add a forgotten point" }));
    await user.type(
      screen.getByRole("textbox", { name: "What did you forget to mention?" }),
      "My CPA licence",
    );
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "The people involved" }),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await loadSession())?.draft.forgotten).toEqual([
        { kind: "experience", detail: "My CPA licence", important: true },
      ]),
    );
  });
});

describe("autosave", () => {
  it("restores every answer and the step after a reload", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/debrief?step=2");
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
    renderStep(13, sampleDraft(ENDED));
    await user.click(screen.getByRole("button", { name: "Build my plan" }));

    await waitFor(() => expect(window.location.pathname).toBe("/plan"));
    expect(performance.getEntriesByName("rebound:build-plan", "mark")).toHaveLength(1);
    await waitFor(async () => expect((await loadSession())?.plannedAt).not.toBeNull());
  });

  it("points back to the step that still needs an answer", async () => {
    const user = userEvent.setup();
    renderStep(13, { interview: { endedAt: ENDED } });
    await user.click(screen.getByRole("button", { name: "Build my plan" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Answer the questions under “The organisation”.");
    expect(within(alert).getByRole("link", { name: "Go to step 7" })).toHaveAttribute(
      "href",
      "/debrief?step=7",
    );
  });
});
