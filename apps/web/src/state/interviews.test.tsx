import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear, createStore } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { navigate } from "../app/router";
import { saveJournalRecord } from "../journal/journal-store";
import { testRecord } from "../journal/test-records";
import { useCurrentDebrief } from "./current-debrief";
import { InterviewsProvider } from "./interviews";
import { loadInterview, saveInterview } from "./interviews-store";
import { sessionWith } from "./test-session";

beforeEach(async () => {
  await clear(createStore("rebound-coach", "sessions"));
});

/** Shows the open interview's organisation and renames it on a click. */
function Probe() {
  const { draft, loaded, update } = useCurrentDebrief();
  if (!loaded) return <p>Loading…</p>;
  return (
    <>
      <p data-testid="organisation">{draft.organisation?.name ?? "none"}</p>
      <button
        type="button"
        onClick={() => update((d) => ({ ...d, organisation: { name: "Renamed" } }))}
      >
        Rename
      </button>
    </>
  );
}

const renderCoach = () =>
  render(
    <InterviewsProvider>
      <Probe />
    </InterviewsProvider>,
  );
const organisation = () => screen.getByTestId("organisation");

const harbour = sessionWith({ draft: { organisation: { name: "Harbour & Co" } } });
const northwind = sessionWith({ draft: { organisation: { name: "Northwind" } } });

describe("several interviews", () => {
  it("shows the interview the address names, and keeps each one's changes apart", async () => {
    const user = userEvent.setup();
    await saveInterview(harbour);
    await saveInterview(northwind);
    window.history.replaceState(null, "", `/plan?interview=${harbour.id}`);
    renderCoach();
    await waitFor(() => expect(organisation()).toHaveTextContent("Harbour & Co"));

    act(() => navigate(`/drafts?interview=${northwind.id}`));
    await waitFor(() => expect(organisation()).toHaveTextContent("Northwind"));
    await user.click(screen.getByRole("button", { name: "Rename" }));
    await waitFor(async () =>
      expect((await loadInterview(northwind.id))?.draft.organisation?.name).toBe("Renamed"),
    );
    expect((await loadInterview(harbour.id))?.draft.organisation?.name).toBe("Harbour & Co");
  });

  it("opens the last interview on a bare address, and names it there for reloads and tabs", async () => {
    await saveInterview(harbour);
    await saveInterview(northwind); // saved last: the one open
    window.history.replaceState(null, "", "/plan");
    renderCoach();
    await waitFor(() => expect(organisation()).toHaveTextContent("Northwind"));
    await waitFor(() => expect(window.location.search).toBe(`?interview=${northwind.id}`));
  });

  it("opens an interview the journal remembers but the coach no longer holds", async () => {
    await saveJournalRecord(testRecord("journal-only-1", "City Library"));
    window.history.replaceState(null, "", "/plan?interview=journal-only-1");
    renderCoach();
    await waitFor(() => expect(organisation()).toHaveTextContent("City Library"));
  });
});
