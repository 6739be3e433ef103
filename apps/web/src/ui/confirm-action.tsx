import { type ReactNode, useState } from "react";
import "./confirm-action.css";

interface ConfirmActionProps {
  /** The first button's text (and its accessible name, unless `name` says more). */
  label: string;
  name?: string;
  /** What the second step asks, plainly, with what cannot be undone. */
  question: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  busy?: boolean;
  onConfirm: () => Promise<unknown>;
}

/**
 * A destructive action asked twice: the first press shows the question with a confirming button
 * and a way back, so a stray click changes nothing.
 */
export function ConfirmAction({
  label,
  name,
  question,
  confirmLabel,
  keepLabel,
  busy = false,
  onConfirm,
}: ConfirmActionProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button
        type="button"
        className="rb-button rb-button--secondary"
        aria-label={name}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
    );
  return (
    <div className="rb-confirm">
      <p role="alert">{question}</p>
      <div className="rb-actions">
        <button
          type="button"
          className="rb-button rb-button--danger"
          disabled={busy}
          onClick={() => void onConfirm().finally(() => setConfirming(false))}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="rb-button rb-button--secondary"
          onClick={() => setConfirming(false)}
        >
          {keepLabel}
        </button>
      </div>
    </div>
  );
}
