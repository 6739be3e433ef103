import type { Debrief, Message } from "@rebound/core";
import type { JSX } from "react";
import type { DraftHold } from "./draft-hold";
import { mailtoLink, recipientEmails } from "./mailto-link";
import { formatDate } from "../ui/format-date";
import { timeLeft } from "./time-left";

export interface DraftActionsProps {
  message: Message;
  debrief: Debrief;
  body: string;
  /** Why and until when the draft must wait; null when it can go now. */
  hold: DraftHold | null;
  now: number;
  edited: boolean;
  onCopy: () => void;
  onPrint: () => void;
  onReset: () => void;
}

/**
 * The ways to send a draft. During the cool-off there are none: the draft can be edited
 * but not copied or mailed (guard no-hot-sends), and a countdown says when that changes.
 */
export function DraftActions(props: DraftActionsProps): JSX.Element {
  const { message, debrief, body, hold, now, edited, onCopy, onPrint, onReset } = props;
  const resetButton = edited ? (
    <button type="button" className="rb-button rb-button--quiet" onClick={onReset}>
      Back to the suggested draft
    </button>
  ) : null;

  if (hold) {
    return (
      <div className="rb-draft__actions rb-no-print">
        <p className="rb-draft__held" role="note">
          <strong>Held for {timeLeft(hold.until.getTime() - now)} more</strong>, until{" "}
          <time dateTime={hold.until.toISOString()}>{formatDate(hold.until)}</time>.{" "}
          {hold.reason === "cool-off"
            ? "Edit it now if you like; copying and sending open once the cool-off is over, when you can read it with fresh eyes."
            : "Its step on your plan comes later; edit it now if you like, and send it then."}
        </p>
        {resetButton}
      </div>
    );
  }

  return (
    <div className="rb-draft__actions rb-no-print">
      <button type="button" className="rb-button" onClick={onCopy}>
        Copy
      </button>
      {message.channel === "email" ? (
        <a
          className="rb-button rb-button--secondary"
          href={mailtoLink({ to: recipientEmails(debrief), subject: message.subject, body })}
        >
          Open in mail app
        </a>
      ) : null}
      {message.channel === "handwritten-note" ? (
        <button type="button" className="rb-button rb-button--secondary" onClick={onPrint}>
          Print the note
        </button>
      ) : null}
      {resetButton}
    </div>
  );
}
