import { ToneSchema, type TemplateId, type Tone } from "@rebound/core";
import { clear, createStore, del, delMany, get, keys, set, update } from "idb-keyval";
import { z } from "zod";

// Edits live on this device only: one entry per debrief and template, one text per tone.
const draftsStore = createStore("rebound-drafts", "edits");
const TONE_KEY = "preferred-tone";

const EditsSchema = z.partialRecord(ToneSchema, z.string().max(10_000));
export type DraftEdits = z.infer<typeof EditsSchema>;

/** Which draft: the same template for another interview is another draft. */
export interface DraftKey {
  debriefId: string;
  templateId: TemplateId;
}

const keyOf = ({ debriefId, templateId }: DraftKey) => `${debriefId}/${templateId}`;

export async function loadDraftEdits(key: DraftKey): Promise<DraftEdits> {
  const parsed = EditsSchema.safeParse(await get(keyOf(key), draftsStore));
  return parsed.success ? parsed.data : {};
}

/** Read-modify-write in one transaction, so fast typing cannot interleave two saves. */
export async function saveDraftEdit(key: DraftKey, tone: Tone, body: string): Promise<void> {
  await update(
    keyOf(key),
    (stored: unknown) => {
      const parsed = EditsSchema.safeParse(stored);
      return { ...(parsed.success ? parsed.data : {}), [tone]: body };
    },
    draftsStore,
  );
}

/** Forget the edit for one tone, so the suggested draft shows again. */
export async function resetDraftEdit(key: DraftKey, tone: Tone): Promise<void> {
  const { [tone]: _dropped, ...rest } = await loadDraftEdits(key);
  if (Object.keys(rest).length === 0) await del(keyOf(key), draftsStore);
  else await set(keyOf(key), rest, draftsStore);
}

/** Forget the drafts edited for one interview (deleting it from the list). */
export async function deleteDraftEditsOf(debriefId: string): Promise<void> {
  const prefix = `${debriefId}/`;
  const all = await keys(draftsStore);
  await delMany(
    all.filter((key) => typeof key === "string" && key.startsWith(prefix)),
    draftsStore,
  );
}

/** Forget every edited draft on this device (part of "delete everything"). */
export async function clearDraftEdits(): Promise<void> {
  await clear(draftsStore);
}

export async function loadPreferredTone(): Promise<Tone | null> {
  const parsed = ToneSchema.safeParse(await get(TONE_KEY, draftsStore));
  return parsed.success ? parsed.data : null;
}

export async function savePreferredTone(tone: Tone): Promise<void> {
  await set(TONE_KEY, tone, draftsStore);
}
