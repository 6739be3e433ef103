import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearJournal, listJournalRecords, saveJournalRecord } from "./journal-store";
import { JournalScreen } from "./journal-screen";
import { testRecord } from "./test-records";

/** The export as the browser would download it: the Blob handed to the download link. */
function captureDownloads(): () => Promise<string> {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob);
    return original(blob);
  });
  return async () => {
    const last = blobs.at(-1);
    if (!last) throw new Error("Nothing was downloaded.");
    return last.text();
  };
}

const importInput = () => screen.getByLabelText("Import a journal file");
const jsonFile = (text: string) => new File([text], "journal.json", { type: "application/json" });

describe("JournalScreen", () => {
  beforeEach(async () => {
    await clearJournal();
    await saveJournalRecord(testRecord("a", "Northwind"));
    await saveJournalRecord(testRecord("b", "<img src=x onerror=alert(1)>"));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("lists every past debrief with its outcome and lessons, and the patterns across them", async () => {
    render(<JournalScreen />);
    const entries = await screen.findByRole("region", { name: "Past interviews" });
    expect(within(entries).getByRole("heading", { name: "Northwind" })).toBeInTheDocument();
    // Typed markup is a name like any other: shown as text, never parsed.
    expect(
      within(entries).getByRole("heading", { name: "<img src=x onerror=alert(1)>" }),
    ).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
    expect(within(entries).getAllByText("Not offered the job")).toHaveLength(2);
    expect(within(entries).getAllByText("Logistics: Leave earlier")).toHaveLength(2);

    const slips = screen.getByRole("list", { name: "Recurring slip-ups, by share of interviews" });
    expect(within(slips).getByText("Went blank")).toBeInTheDocument();
    expect(within(slips).getByText("2 of 2 interviews")).toBeInTheDocument();
    const topics = screen.getByRole("list", {
      name: "Unprepared question topics, by number of questions",
    });
    expect(within(topics).getByText("2 questions")).toBeInTheDocument();
  });

  it("exports everything, deletes it after confirmation, and imports it back unchanged", async () => {
    const user = userEvent.setup();
    const downloaded = captureDownloads();
    const before = await listJournalRecords();
    render(<JournalScreen />);
    // The buttons are there, disabled, until the journal has loaded: wait for the journal itself.
    await screen.findByRole("heading", { name: "Northwind" });

    await user.click(screen.getByRole("button", { name: "Export all as JSON" }));
    // The export reads IndexedDB first: the download exists once the screen says it is done.
    expect(await screen.findByText(/Exported 2 debriefs/)).toBeInTheDocument();
    const json = await downloaded();

    await user.click(screen.getByRole("button", { name: "Delete everything" }));
    expect(await listJournalRecords()).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Yes, delete everything" }));
    expect(await screen.findByText(/Nothing here yet/)).toBeInTheDocument();
    expect(await listJournalRecords()).toEqual([]);

    await user.upload(importInput(), jsonFile(json));
    expect(await screen.findByText("Imported 2 debriefs.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Northwind" })).toBeInTheDocument();
    expect(await listJournalRecords()).toEqual(before);
  });

  it("keeps the journal when deletion is cancelled, and keyboard focus with it", async () => {
    const user = userEvent.setup();
    render(<JournalScreen />);
    await screen.findByRole("heading", { name: "Northwind" }); // loaded: the button is enabled
    await user.click(screen.getByRole("button", { name: "Delete everything" }));
    // Focus lands on the safe answer, and returns to where it was when the question goes.
    expect(screen.getByRole("button", { name: "Keep my journal" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Delete everything" })).toHaveFocus();
    expect(await listJournalRecords()).toHaveLength(2);
    expect(screen.getByRole("heading", { name: "Northwind" })).toBeInTheDocument();
  });

  it("explains a bad file in plain words and changes nothing", async () => {
    const user = userEvent.setup();
    const before = await listJournalRecords();
    render(<JournalScreen />);
    await screen.findByRole("heading", { name: "Northwind" });

    await user.upload(importInput(), jsonFile("{ this is not json"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Nothing was imported, and your journal is unchanged. That file is not JSON.",
    );
    const alert = screen.getByRole("alert");

    const damaged = {
      format: "rebound-journal",
      version: 1,
      exportedAt: new Date().toISOString(),
      records: [{ id: "x" }],
    };
    await user.upload(importInput(), jsonFile(JSON.stringify(damaged)));
    await waitFor(() => expect(alert).toHaveTextContent("Debrief number 1 in the file is damaged"));

    await user.upload(importInput(), jsonFile(JSON.stringify({ hello: "world" })));
    await waitFor(() => expect(alert).toHaveTextContent("This is not a Rebound journal export."));
    expect(await listJournalRecords()).toEqual(before);
  });
});
