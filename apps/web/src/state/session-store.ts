import { createStore, del, get, set, type UseStore } from "idb-keyval";
import { restoreSession, type Session } from "./session";

const KEY = "current-debrief";
let store: UseStore | undefined;

// Created lazily so importing this module never touches IndexedDB (tests, private modes).
function coachStore(): UseStore {
  store ??= createStore("rebound-coach", "sessions");
  return store;
}

export async function loadSession(): Promise<Session | null> {
  const stored: unknown = await get(KEY, coachStore());
  return stored === undefined ? null : restoreSession(stored);
}

export async function saveSession(session: Session): Promise<void> {
  await set(KEY, session, coachStore());
}

export async function clearSession(): Promise<void> {
  await del(KEY, coachStore());
}
