import { clear, createStore, get, promisifyRequest, set, type UseStore } from "idb-keyval";
import { restoreSession, type Session } from "./session";

/**
 * Every interview on this device lives in the coach's store (`rebound-coach` / `sessions`)
 * under `interview:<id>`, with `open-interview` naming the one last opened. Before several
 * interviews, the only debrief lived under `current-debrief`: `upgradeStoredSessions` moves it.
 * Draft edits (`<id>/<template>`) and journal records (`<id>`) are keyed by the same id, so
 * they follow their interview with no change.
 */
const PREFIX = "interview:";
const OPEN_KEY = "open-interview";
export const LEGACY_KEY = "current-debrief";

let store: UseStore | undefined;
// Created lazily so importing this module never touches IndexedDB (tests, private modes).
function coachStore(): UseStore {
  store ??= createStore("rebound-coach", "sessions");
  return store;
}

const keyOf = (id: string) => `${PREFIX}${id}`;

/** Ids travel in addresses: only what `newSessionId` makes (and legacy ids) is accepted. */
export const isInterviewId = (id: string): boolean => /^[A-Za-z0-9-]{1,100}$/.test(id);

const asPromise = <T>(request: IDBRequest<T>): Promise<T> => promisifyRequest(request);
/** Resolves once the transaction has committed (or rejects when it aborts). */
const committed = (sessions: IDBObjectStore): Promise<void> =>
  promisifyRequest(sessions.transaction);

/**
 * Carry today's single debrief over to the list, in one transaction so a crash halfway loses
 * nothing: the old entry is deleted only in the transaction that writes its copy, and a value
 * that cannot be read as a session is left where it is.
 */
export async function upgradeStoredSessions(): Promise<void> {
  await coachStore()("readwrite", async (sessions) => {
    const done = committed(sessions);
    const legacy: unknown = await asPromise(sessions.get(LEGACY_KEY));
    const id = (legacy as { id?: unknown } | null | undefined)?.id;
    // Nothing to move, or a value that cannot be read as a session: left exactly as it is.
    if (typeof id === "string" && isInterviewId(id) && restoreSession(legacy).id === id) {
      const existing: unknown = await asPromise(sessions.get(keyOf(id)));
      // Moved as stored, byte for byte (reading it back cleans it as it always has), with the
      // date it was started, which the list is ordered by.
      const { createdAt } = restoreSession(legacy);
      if (existing === undefined) sessions.put({ createdAt, ...(legacy as object) }, keyOf(id));
      if ((await asPromise(sessions.get(OPEN_KEY))) === undefined) sessions.put(id, OPEN_KEY);
      sessions.delete(LEGACY_KEY);
    }
    await done;
  });
}

export async function loadInterview(id: string): Promise<Session | null> {
  const stored: unknown = await get(keyOf(id), coachStore());
  if (stored === undefined) return null;
  const session = restoreSession(stored);
  return session.id === id ? session : null;
}

/** Save an interview and remember it as the one last opened. */
export async function saveInterview(session: Session): Promise<void> {
  await coachStore()("readwrite", (sessions) => {
    sessions.put(session, keyOf(session.id));
    sessions.put(session.id, OPEN_KEY);
    return committed(sessions);
  });
}

export async function rememberOpenInterview(id: string): Promise<void> {
  await set(OPEN_KEY, id, coachStore());
}

/** The interview last opened on this device, if it still exists. */
export async function loadOpenInterviewId(): Promise<string | null> {
  const id: unknown = await get(OPEN_KEY, coachStore());
  return typeof id === "string" && isInterviewId(id) ? id : null;
}

/** Every interview on this device, the most recently started first. */
export async function listInterviews(): Promise<Session[]> {
  const range = IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);
  const values = await coachStore()("readonly", (sessions) => asPromise(sessions.getAll(range)));
  return values
    .map((value: unknown) => restoreSession(value))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Delete one interview; if it was the one last opened, nothing is remembered as open. */
export async function deleteInterview(id: string): Promise<void> {
  await coachStore()("readwrite", async (sessions) => {
    const done = committed(sessions);
    sessions.delete(keyOf(id));
    if ((await asPromise(sessions.get(OPEN_KEY))) === id) sessions.delete(OPEN_KEY);
    await done;
  });
}

/**
 * Delete every interview and everything else the coach keeps (the last-opened mark, a debrief
 * not yet carried over to the list, the widget's sessions): the whole store is theirs.
 */
export async function deleteAllInterviews(): Promise<void> {
  await clear(coachStore());
}
