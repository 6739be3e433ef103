import type { Message, TemplateId, Tone } from "@rebound/core";
import { useEffect, useState } from "react";
import {
  loadDraftEdits,
  resetDraftEdit,
  saveDraftEdit,
  type DraftEdits,
} from "./draft-edits-store";

export interface DraftEditsState {
  /** False until the saved edits have been read, so an early keystroke cannot be overwritten. */
  loaded: boolean;
  bodyOf: (message: Message) => string;
  isEdited: (message: Message) => boolean;
  edit: (templateId: TemplateId, tone: Tone, body: string) => void;
  reset: (templateId: TemplateId, tone: Tone) => void;
}

/** The person's own edits of this debrief's drafts, kept in IndexedDB so navigation and reloads lose nothing. */
export function useDraftEdits(
  debriefId: string,
  templateIds: readonly TemplateId[],
): DraftEditsState {
  const [edits, setEdits] = useState<Partial<Record<TemplateId, DraftEdits>>>({});
  const [loaded, setLoaded] = useState(false);
  const ids = templateIds.join(",");

  useEffect(() => {
    let cancelled = false;
    const templates = ids === "" ? [] : (ids.split(",") as TemplateId[]);
    const read = async (templateId: TemplateId) =>
      [templateId, await loadDraftEdits({ debriefId, templateId }).catch(() => ({}))] as const;
    void Promise.all(templates.map(read)).then((pairs) => {
      if (cancelled) return;
      setEdits(Object.fromEntries(pairs));
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, [debriefId, ids]);

  return {
    loaded,
    bodyOf: (message) => edits[message.templateId]?.[message.tone] ?? message.body,
    isEdited: (message) => edits[message.templateId]?.[message.tone] !== undefined,
    edit: (templateId, tone, body) => {
      setEdits((current) => ({
        ...current,
        [templateId]: { ...current[templateId], [tone]: body },
      }));
      // A failed write (storage blocked) only costs persistence; the edit stays on screen.
      saveDraftEdit({ debriefId, templateId }, tone, body).catch(() => undefined);
    },
    reset: (templateId, tone) => {
      setEdits((current) => {
        const { [tone]: _dropped, ...rest } = current[templateId] ?? {};
        return { ...current, [templateId]: rest };
      });
      resetDraftEdit({ debriefId, templateId }, tone).catch(() => undefined);
    },
  };
}
