import type { Page } from "playwright-core";

/**
 * Waits until `text` is stored somewhere in the page's IndexedDB (any database, any store), so a
 * test can reload right after the app's asynchronous autosave has landed, whatever the layout of
 * the stored records.
 */
export async function waitUntilStored(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    async (wanted) => {
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
        });
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await request(indexedDB.open(info.name));
        try {
          for (const name of Array.from(db.objectStoreNames)) {
            const values = await request(db.transaction(name).objectStore(name).getAll());
            if (JSON.stringify(values).includes(wanted)) return true;
          }
        } finally {
          db.close();
        }
      }
      return false;
    },
    text,
    { timeout, polling: 100 },
  );
}
