import type { Message, TemplateId, Tone } from "@rebound/core";
import { useEffect, useState } from "react";
import { loadDraftEdits, resetDraftEdit, saveDraftEdit, type DraftEdits } from "./draft-edits-store";

export interface DraftEditsState {
  /** False until the saved edits have been read, so an early keystroke cannot be overwritten. */
  loaded: boolean;
  bodyOf: (message: Message) => string;
  isEdited: (message: Message) => boolean;
  edit: (templateId: TemplateId, tone: Tone, body: string) => void;
  reset: (templateId: TemplateId, tone: Tone) => void;
}

/** The person's own edits of each draft, kept in IndexedDB per template id so navigation loses nothing. */
export function useDraftEdits(templateIds: readonly TemplateId[]): DraftEditsState {
  const [edits, setEdits] = useState<Partial<Record<TemplateId, DraftEdits>>>({});
  const [loaded, setLoaded] = useState(false);
  const key = templateIds.join(",");

  useEffect(() => {
    let cancelled = false;
    const ids = key === "" ? [] : (key.split(",") as TemplateId[]);
    void Promise.all(ids.map(async (id) => [id, await loadDraftEdits(id)] as const)).then((pairs) => {
      if (cancelled) return;
      setEdits(Object.fromEntries(pairs));
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  return {
    loaded,
    bodyOf: (message) => edits[message.templateId]?.[message.tone] ?? message.body,
    isEdited: (message) => edits[message.templateId]?.[message.tone] !== undefined,
    edit: (templateId, tone, body) => {
      setEdits((current) => ({ ...current, [templateId]: { ...current[templateId], [tone]: body } }));
      void saveDraftEdit(templateId, tone, body);
    },
    reset: (templateId, tone) => {
      setEdits((current) => {
        const { [tone]: _dropped, ...rest } = current[templateId] ?? {};
        return { ...current, [templateId]: rest };
      });
      void resetDraftEdit(templateId, tone);
    },
  };
}
