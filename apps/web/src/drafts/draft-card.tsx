import { lintDraft, type Debrief, type Message, type TemplateId, type Window } from "@rebound/core";
import { formatWindow } from "../ui/format-date";
import { useRef, useState, type JSX } from "react";
import { copyText } from "./copy-text";
import { DraftActions } from "./draft-actions";
import type { DraftHold } from "./draft-hold";
import { DraftEditor } from "./draft-editor";
import { printNote } from "./print-note";
import { TalkingPointsCard } from "./talking-points-card";
import { useLiveLint } from "./use-live-lint";

export interface DraftCardProps {
  message: Message;
  title: string;
  debrief: Debrief;
  body: string;
  edited: boolean;
  /** Why and until when the draft must wait; null when it can go now. */
  hold: DraftHold | null;
  /** The current time, for the countdown of a held draft. */
  now: number;
  /** When the plan has it go out (within the recipient's working hours), when it names it. */
  sendWindow?: Window | null;
  onChange: (body: string) => void;
  onReset: () => void;
  onCopied?: (templateId: TemplateId) => void;
}

type CopyState = "idle" | "copied" | "refused";

const COPY_NOTICE: Record<CopyState, string | null> = {
  idle: null,
  copied: "Copied. Paste it into your email or notes.",
  refused:
    "Your browser did not allow copying. The draft is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.",
};

/** One drafted message: who it goes to, the editor with live lint, and ways to send it. */
export function DraftCard(props: DraftCardProps): JSX.Element {
  const {
    message,
    title,
    debrief,
    body,
    edited,
    hold,
    now,
    sendWindow,
    onChange,
    onReset,
    onCopied,
  } = props;
  const lintContext = {
    debrief,
    channel: message.channel,
    templateId: message.templateId,
    wordLimit: message.wordLimit,
  };
  const { findings, lintedText } = useLiveLint(body, lintContext);
  // The live findings trail typing by a moment; a send reads the text as it is right now.
  const openFindings = () =>
    lintedText === body ? findings.length : lintDraft(body, lintContext).length;
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const headingId = `draft-${message.templateId}`;
  const words = body.trim() === "" ? 0 : body.trim().split(/\s+/).length;

  const copy = async () => {
    // Only the body: it is what gets pasted into the message; the subject is shown above to copy apart.
    if (await copyText(body)) {
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
    <article className="rb-draft" aria-labelledby={headingId} data-template={message.templateId}>
      <header className="rb-draft__header">
        <h2 id={headingId}>{title}</h2>
        {message.to.length > 0 ? (
          <p className="rb-draft__meta">To: {message.to.join(", ")}</p>
        ) : null}
        {message.subject ? <p className="rb-draft__meta">Subject: {message.subject}</p> : null}
        {sendWindow ? (
          <p className="rb-draft__meta">
            {message.channel === "phone" ? "Call" : "Send"}:{" "}
            <time dateTime={sendWindow.earliest}>{formatWindow(sendWindow)}</time>
          </p>
        ) : null}
      </header>
      {message.channel === "phone" ? <TalkingPointsCard text={body} /> : null}
      <DraftEditor
        label={message.channel === "phone" ? "Edit your talking points" : "Edit your draft"}
        labelContext={title}
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
      <DraftActions
        message={message}
        debrief={debrief}
        body={body}
        hold={hold}
        now={now}
        edited={edited}
        openFindings={openFindings}
        onCopy={() => void copy()}
        onReview={() => textarea.current?.focus()}
        onPrint={() => printNote(body)}
        onReset={onReset}
      />
      <p className="rb-draft__status" role="status">
        {COPY_NOTICE[copyState]}
      </p>
    </article>
  );
}
