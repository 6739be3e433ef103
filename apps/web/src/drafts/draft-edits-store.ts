import { ToneSchema, type TemplateId, type Tone } from "@rebound/core";
import { createStore, del, get, set } from "idb-keyval";
import { z } from "zod";

// Edits live on this device only, one entry per template, one text per tone.
const draftsStore = createStore("rebound-drafts", "edits");
const TONE_KEY = "preferred-tone";

const EditsSchema = z.partialRecord(ToneSchema, z.string().max(10_000));
export type DraftEdits = z.infer<typeof EditsSchema>;

export async function loadDraftEdits(templateId: TemplateId): Promise<DraftEdits> {
  const parsed = EditsSchema.safeParse(await get(templateId, draftsStore));
  return parsed.success ? parsed.data : {};
}

export async function saveDraftEdit(templateId: TemplateId, tone: Tone, body: string): Promise<void> {
  const edits = await loadDraftEdits(templateId);
  await set(templateId, { ...edits, [tone]: body }, draftsStore);
}

/** Forget the edit for one tone, so the suggested draft shows again. */
export async function resetDraftEdit(templateId: TemplateId, tone: Tone): Promise<void> {
  const { [tone]: _dropped, ...rest } = await loadDraftEdits(templateId);
  if (Object.keys(rest).length === 0) await del(templateId, draftsStore);
  else await set(templateId, rest, draftsStore);
}

export async function loadPreferredTone(): Promise<Tone | null> {
  const parsed = ToneSchema.safeParse(await get(TONE_KEY, draftsStore));
  return parsed.success ? parsed.data : null;
}

export async function savePreferredTone(tone: Tone): Promise<void> {
  await set(TONE_KEY, tone, draftsStore);
}
