import { countOf, theCountOf } from "@rebound/core";
import { useId, useState, type ChangeEvent, type JSX } from "react";
import { DeleteEverything } from "./delete-everything";
import { downloadText } from "./download-text";
import { takeEverythingForgotten } from "../state/forget";
import { useForgetting } from "../state/interviews";
import { exportJournal, importJournal } from "./journal-store";

// 500 debriefs at their longest stay well under this.
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type Notice = { kind: "ok" | "error"; text: string } | null;

const ALL_DELETED = "Your journal, interviews and drafts are deleted from this device.";

/** Export, import and delete everything: the person owns their journal. */
export function JournalManage({
  count,
  onChanged,
}: {
  count: number;
  onChanged: () => Promise<void>;
}): JSX.Element {
  const fileId = useId();
  const [notice, setNotice] = useState<Notice>(() =>
    takeEverythingForgotten() ? { kind: "ok", text: ALL_DELETED } : null,
  );

  const exportAll = async () => {
    const json = await exportJournal();
    downloadText(`rebound-journal-${new Date().toISOString().slice(0, 10)}.json`, json);
    setNotice({ kind: "ok", text: `Exported ${plural(count)}. Keep the file somewhere private.` });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = "";
    if (file.size > MAX_IMPORT_BYTES) {
      setNotice({
        kind: "error",
        text: "Nothing was imported: that file is far larger than a journal export.",
      });
      return;
    }
    const result = await importJournal(await file.text());
    if (result.ok) {
      await onChanged();
      setNotice({ kind: "ok", text: `Imported ${plural(result.value)}.` });
    } else {
      setNotice({
        kind: "error",
        text: `Nothing was imported, and your journal is unchanged. ${result.error.message}`,
      });
    }
  };

  const { forgetAll } = useForgetting();
  const deleteAll = async () => {
    await forgetAll();
    await onChanged();
    setNotice({ kind: "ok", text: ALL_DELETED });
  };

  return (
    <section className="rb-journal-manage" aria-labelledby="journal-manage-heading">
      <h2 id="journal-manage-heading">Your data</h2>
      <p className="rb-muted">
        Your journal lives only in this browser. Export it to keep a copy or move it. Deleting
        everything also deletes every interview and draft on this device.
      </p>
      <div className="rb-journal-manage__actions">
        <button
          type="button"
          className="rb-button"
          onClick={() => void exportAll()}
          disabled={count === 0}
        >
          Export all as JSON
        </button>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          className="rb-file-input"
          onChange={(e) => void importFile(e)}
        />
        <label htmlFor={fileId} className="rb-button rb-button--secondary rb-file-button">
          Import a journal file
        </label>
        <DeleteEverything
          what={count === 0 ? "" : theCountOf(count, DEBRIEF)}
          onConfirm={deleteAll}
        />
      </div>
      <p role="status">{notice?.kind === "ok" ? notice.text : null}</p>
      <p role="alert" className="rb-error-text">
        {notice?.kind === "error" ? notice.text : null}
      </p>
    </section>
  );
}

const DEBRIEF = { one: "debrief", other: "debriefs" };

function plural(n: number): string {
  return countOf(n, DEBRIEF);
}
