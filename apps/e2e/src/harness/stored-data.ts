import type { Page } from "playwright-core";

/** One IndexedDB key and value, as idb-keyval stores them (a database with one object store). */
export interface StoredEntry {
  database: string;
  store: string;
  key: string;
  value: unknown;
}

/**
 * Write entries straight into the page origin's IndexedDB, creating each database the way
 * idb-keyval does (version 1, one object store): the shape earlier versions of the app left.
 */
export async function seedIndexedDb(page: Page, entries: StoredEntry[]): Promise<void> {
  await page.evaluate(async (all) => {
    const open = (database: string, store: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onupgradeneeded = () => request.result.createObjectStore(store);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error("open failed"));
      });
    for (const entry of all) {
      const db = await open(entry.database, entry.store);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(entry.store, "readwrite");
        tx.objectStore(entry.store).put(entry.value, entry.key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error("write failed"));
      });
      db.close();
    }
  }, entries);
}

/** Read one value back (undefined when absent). */
export async function readIndexedDb(
  page: Page,
  database: string,
  store: string,
  key: string,
): Promise<unknown> {
  return page.evaluate(
    ([db, name, id]) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onupgradeneeded = () => request.result.createObjectStore(name);
        request.onerror = () => reject(request.error ?? new Error("open failed"));
        request.onsuccess = () => {
          const get = request.result.transaction(name).objectStore(name).get(id);
          get.onsuccess = () => {
            request.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error ?? new Error("read failed"));
        };
      }),
    [database, store, key] as const,
  );
}
