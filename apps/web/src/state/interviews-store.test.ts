import { clear, createStore, get, set } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { loadDraftEdits, saveDraftEdit } from "../drafts/draft-edits-store";
import { listJournalRecords, saveJournalRecord } from "../journal/journal-store";
import { testRecord } from "../journal/test-records";
import {
  LEGACY_KEY,
  listInterviews,
  loadInterview,
  loadOpenInterviewId,
  saveInterview,
  upgradeStoredSessions,
} from "./interviews-store";
import { emptySession } from "./session";

// The coach's store exactly as the app before several interviews created it (idb-keyval).
const coach = createStore("rebound-coach", "sessions");

/** A session as it was stored before several interviews: no createdAt, under `current-debrief`. */
const LEGACY_SESSION = {
  id: "2b7c9e4a-1f0d-4c1e-9a53-7d2f6b8e0c11",
  draft: {
    interview: { endedAt: "2026-11-20T15:00:00.000Z", format: "video", severity: "noticeable" },
    organisation: { name: "Harbour & Co", role: "Junior accountant" },
    candidacy: { status: "waiting" },
  },
  step: 13,
  plannedAt: "2026-11-20T16:00:00.000Z",
  progress: { done: ["thank-you-email"], answered: { "thank-you-email": true } },
  remote: { id: "srv_1", resumeToken: "tok_abcdefghijklmnop" },
};

beforeEach(async () => {
  await clear(coach);
});

describe("upgrading today's stored debrief to the list of interviews", () => {
  it("moves it under its own id with everything it held, and opens it", async () => {
    await set(LEGACY_KEY, LEGACY_SESSION, coach);
    await saveJournalRecord(testRecord(LEGACY_SESSION.id, "Harbour & Co"));
    const draft = { debriefId: LEGACY_SESSION.id, templateId: "thank-you-email" } as const;
    await saveDraftEdit(draft, "warm", "Dear Marie, my own words.");

    await upgradeStoredSessions();

    // Moved as stored, every field as it was; only the missing createdAt is added (the plan's).
    expect(await get(`interview:${LEGACY_SESSION.id}`, coach)).toEqual({
      ...LEGACY_SESSION,
      createdAt: LEGACY_SESSION.plannedAt,
    });
    const [interview, ...others] = await listInterviews();
    expect(others).toEqual([]);
    expect(interview).toMatchObject({
      id: LEGACY_SESSION.id,
      step: 13,
      plannedAt: LEGACY_SESSION.plannedAt,
      progress: LEGACY_SESSION.progress,
      remote: LEGACY_SESSION.remote,
      draft: { organisation: { name: "Harbour & Co", role: "Junior accountant" } },
    });
    expect(await loadOpenInterviewId()).toBe(LEGACY_SESSION.id);
    expect(await get(LEGACY_KEY, coach)).toBeUndefined();
    // The journal record and the edited draft share the id, so they follow untouched.
    expect((await listJournalRecords()).map((record) => record.id)).toEqual([LEGACY_SESSION.id]);
    expect(await loadDraftEdits(draft)).toEqual({ warm: "Dear Marie, my own words." });
  });

  it("runs once: a second run changes nothing and never overwrites a newer copy", async () => {
    await set(LEGACY_KEY, LEGACY_SESSION, coach);
    await upgradeStoredSessions();
    const edited = { ...(await loadInterview(LEGACY_SESSION.id))!, step: 3 };
    await saveInterview(edited);
    await upgradeStoredSessions();
    expect(await listInterviews()).toEqual([edited]);
  });

  it("leaves a value it cannot read where it is, instead of losing it", async () => {
    await set(LEGACY_KEY, { draft: { organisation: { name: "No id" } } }, coach);
    await upgradeStoredSessions();
    expect(await get(LEGACY_KEY, coach)).toEqual({ draft: { organisation: { name: "No id" } } });
    expect(await listInterviews()).toEqual([]);
  });
});

describe("the list of interviews", () => {
  it("keeps each interview apart, newest first, and remembers the one saved last", async () => {
    const older = { ...emptySession(), createdAt: "2026-11-01T10:00:00.000Z" };
    const newer = { ...emptySession(), createdAt: "2026-11-15T10:00:00.000Z" };
    await saveInterview(newer);
    await saveInterview(older);
    expect((await listInterviews()).map((s) => s.id)).toEqual([newer.id, older.id]);
    expect(await loadOpenInterviewId()).toBe(older.id);
    expect(await loadInterview("missing")).toBeNull();
  });
});
