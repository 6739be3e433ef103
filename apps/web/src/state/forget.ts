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

/** Nothing of the person left on this device: interviews, journal, drafts and preferences. */
export async function forgetEverything(): Promise<void> {
  await Promise.all([deleteAllInterviews(), clearJournal()]);
}
