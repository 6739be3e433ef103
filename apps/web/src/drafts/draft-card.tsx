import type { Debrief, Message, TemplateId } from "@rebound/core";
import { useRef, useState, type JSX } from "react";
import { copyText } from "./copy-text";
import { DraftEditor } from "./draft-editor";
import { mailtoLink, recipientEmails } from "./mailto-link";
import { printNote } from "./print-note";
import { TalkingPointsCard } from "./talking-points-card";
import { useLiveLint } from "./use-live-lint";

export interface DraftCardProps {
  message: Message;
  title: string;
  debrief: Debrief;
  body: string;
  edited: boolean;
  /** When the step this draft serves may go out; null when it can go now. */
  heldUntil: Date | null;
  onChange: (body: string) => void;
  onReset: () => void;
  onCopied?: (templateId: TemplateId) => void;
}

type CopyState = "idle" | "copied" | "refused";

/** One drafted message: who it goes to, the editor with live lint, and ways to send it. */
export function DraftCard(props: DraftCardProps): JSX.Element {
  const { message, title, debrief, body, edited, heldUntil, onChange, onReset, onCopied } = props;
  const { findings, lintedText } = useLiveLint(body, {
    debrief,
    channel: message.channel,
    templateId: message.templateId,
    wordLimit: message.wordLimit,
  });
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const card = useRef<HTMLElement>(null);
  const headingId = `draft-${message.templateId}`;
  const words = body.trim() === "" ? 0 : body.trim().split(/\s+/).length;

  const copy = async () => {
    const text = message.subject ? `${message.subject}\n\n${body}` : body;
    if (await copyText(text)) {
      setCopyState("copied");
      onCopied?.(message.templateId);
    } else {
      // The browser refused: select the draft so a keyboard shortcut copies it.
      setCopyState("refused");
      textarea.current?.focus();
      textarea.current?.select();
    }
  };

  return (
    <article className="rb-draft" aria-labelledby={headingId} ref={card} data-template={message.templateId}>
      <header className="rb-draft__header">
        <h2 id={headingId}>{title}</h2>
        {heldUntil ? (
          <p className="rb-draft__held">
            <strong>Held until {formatWhen(heldUntil)}.</strong> Edit it now; send it once the cool-off is over.
          </p>
        ) : null}
        {message.to.length > 0 ? <p className="rb-draft__meta">To: {message.to.join(", ")}</p> : null}
        {message.subject ? <p className="rb-draft__meta">Subject: {message.subject}</p> : null}
      </header>
      {message.channel === "phone" ? <TalkingPointsCard text={body} /> : null}
      <DraftEditor
        label={message.channel === "phone" ? "Edit your talking points" : "Edit your draft"}
        value={body}
        onChange={(next) => {
          setCopyState("idle");
          onChange(next);
        }}
        findings={findings}
        lintedText={lintedText}
        textareaRef={textarea}
      />
      <p className="rb-draft__words">
        {words} of {message.wordLimit} words
      </p>
      <div className="rb-draft__actions rb-no-print">
        <button type="button" className="rb-button" onClick={() => void copy()}>
          Copy
        </button>
        {message.channel === "email" ? (
          <a className="rb-button rb-button--secondary" href={mailtoLink({ to: recipientEmails(debrief), subject: message.subject, body })}>
            Open in mail app
          </a>
        ) : null}
        {message.channel === "handwritten-note" ? (
          <button type="button" className="rb-button rb-button--secondary" onClick={() => {
              if (card.current) printNote(card.current);
            }}>
            Print the note
          </button>
        ) : null}
        {edited ? (
          <button type="button" className="rb-button rb-button--quiet" onClick={onReset}>
            Back to the suggested draft
          </button>
        ) : null}
      </div>
      <p className="rb-draft__status" role="status">
        {copyState === "copied" ? "Copied. Paste it into your email or notes." : null}
        {copyState === "refused"
          ? "Your browser did not allow copying. The draft is selected: press Ctrl+C (or ⌘C on a Mac) to copy it."
          : null}
      </p>
      {message.channel === "handwritten-note" ? (
        <div className="rb-print-note" aria-hidden="true">
          {body}
        </div>
      ) : null}
    </article>
  );
}

function formatWhen(date: Date): string {
  return date.toLocaleString(undefined, { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" });
}
