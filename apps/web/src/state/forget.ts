import { deleteDraftEditsOf } from "../drafts/draft-edits-store";
import { clearJournal, deleteJournalRecord } from "../journal/journal-store";
import { deleteAllInterviews, deleteInterview } from "./interviews-store";

/**
 * One interview gone from this device: its debrief and plan, the drafts edited for it and its
 * journal record (which would otherwise bring it back when its address is opened).
 */
export async function forgetInterview(id: string): Promise<void> {
  await Promise.all([deleteInterview(id), deleteDraftEditsOf(id), deleteJournalRecord(id)]);
}

// Set when everything was deleted: the screens remount with a fresh interview right after, so
// the journal reads this once to still say it was done.
let everythingForgotten = false;

/** Nothing of the person left on this device: interviews, journal, drafts and preferences. */
export async function forgetEverything(): Promise<void> {
  await Promise.all([deleteAllInterviews(), clearJournal()]);
  everythingForgotten = true;
}

/** Whether everything was just deleted; true once per deletion. */
export function takeEverythingForgotten(): boolean {
  const was = everythingForgotten;
  everythingForgotten = false;
  return was;
}
