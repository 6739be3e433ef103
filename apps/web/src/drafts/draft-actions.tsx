import type { Debrief, Message } from "@rebound/core";
import { useEffect, useRef, useState, type JSX, type MouseEvent } from "react";
import type { DraftHold } from "./draft-hold";
import { mailtoLink, recipientEmails } from "./mailto-link";
import { SendAnyway, type SendAnywayClose, type SendWay } from "./send-anyway";
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
  /** The checker's open findings on the draft as it is now, read when the person sends it. */
  openFindings: () => number;
  onCopy: () => void;
  /** Take the person back to the draft to look at the findings. */
  onReview: () => void;
  onPrint: () => void;
  onReset: () => void;
}

/**
 * The ways to send a draft. During the cool-off there are none: the draft can be edited
 * but not copied or mailed (guard no-hot-sends), and a countdown says when that changes.
 */
export function DraftActions(props: DraftActionsProps): JSX.Element {
  const { message, debrief, body, hold, now, edited, openFindings, onCopy, onReview } = props;
  const { onPrint, onReset } = props;
  const [asking, setAsking] = useState<{ way: SendWay; findings: number } | null>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const mailButton = useRef<HTMLAnchorElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the question is withdrawn; null while nothing was asked.
  const returnFocus = useRef<SendWay | null>(null);

  useEffect(() => {
    if (asking !== null || returnFocus.current === null) return;
    const buttons = { copy: copyButton, mail: mailButton, print: printButton };
    buttons[returnFocus.current].current?.focus();
    returnFocus.current = null;
  }, [asking]);
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

  const mailHref = mailtoLink({ to: recipientEmails(debrief), subject: message.subject, body });

  if (asking) {
    const close = (reason: SendAnywayClose) => {
      if (reason === "review") onReview();
      else returnFocus.current = asking.way;
      setAsking(null);
    };
    return (
      <div className="rb-draft__actions rb-no-print">
        <SendAnyway
          way={asking.way}
          findings={asking.findings}
          mailHref={mailHref}
          onAnyway={asking.way === "print" ? onPrint : onCopy}
          onClose={close}
        />
      </div>
    );
  }

  /** Send at once when the checker is satisfied; otherwise ask first. */
  const sendOr = (way: SendWay, event?: MouseEvent) => {
    const findings = openFindings();
    if (findings === 0) return false;
    event?.preventDefault();
    setAsking({ way, findings });
    return true;
  };

  return (
    <div className="rb-draft__actions rb-no-print">
      <button
        ref={copyButton}
        type="button"
        className="rb-button"
        onClick={() => {
          if (!sendOr("copy")) onCopy();
        }}
      >
        Copy
      </button>
      {message.channel === "email" ? (
        <a
          ref={mailButton}
          className="rb-button rb-button--secondary"
          href={mailHref}
          onClick={(event) => sendOr("mail", event)}
        >
          Open in mail app
        </a>
      ) : null}
      {message.channel === "handwritten-note" ? (
        <button
          ref={printButton}
          type="button"
          className="rb-button rb-button--secondary"
          onClick={() => {
            if (!sendOr("print")) onPrint();
          }}
        >
          Print the note
        </button>
      ) : null}
      {resetButton}
    </div>
  );
}
