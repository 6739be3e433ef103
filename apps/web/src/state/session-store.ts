import { createStore, del, get, set, type UseStore } from "idb-keyval";
import { restoreSession, type Session } from "./session";

const KEY = "current-debrief";
let store: UseStore | undefined;

// Created lazily so importing this module never touches IndexedDB (tests, private modes).
function coachStore(): UseStore {
  store ??= createStore("rebound-coach", "sessions");
  return store;
}

/** `key` namespaces a session: the embed keeps one per agency key, apart from the main app's. */
export async function loadSession(key = KEY): Promise<Session | null> {
  const stored: unknown = await get(key, coachStore());
  return stored === undefined ? null : restoreSession(stored);
}

export async function saveSession(session: Session, key = KEY): Promise<void> {
  await set(key, session, coachStore());
}

export async function clearSession(key = KEY): Promise<void> {
  await del(key, coachStore());
}
