import { useEffect, useRef, useState, type JSX } from "react";

export interface DeleteEverythingProps {
  /** What the journal holds, in words ("the 3 debriefs"); empty when it holds nothing. */
  what: string;
  onConfirm: () => Promise<void>;
}

/**
 * "Delete everything", asked twice. Focus moves to the safe answer when the question
 * appears and back to the button when it is withdrawn, so keyboard users never lose their place.
 */
export function DeleteEverything({ what, onConfirm }: DeleteEverythingProps): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={start}
        type="button"
        className="rb-button rb-button--danger"
        onClick={() => setConfirming(true)}
      >
        Delete everything
      </button>
    );
  }
  return (
    <div className="rb-journal-confirm" role="group" aria-labelledby="journal-confirm-text">
      <p id="journal-confirm-text">
        Delete {what ? `${what} in your journal, ` : ""}every interview and every draft from this
        device? This cannot be undone unless you have an export.
      </p>
      <button
        type="button"
        className="rb-button rb-button--danger"
        onClick={() => void onConfirm().then(() => setConfirming(false))}
      >
        Yes, delete everything
      </button>
      <button
        ref={keep}
        type="button"
        className="rb-button rb-button--secondary"
        onClick={() => setConfirming(false)}
      >
        Keep my journal
      </button>
    </div>
  );
}
