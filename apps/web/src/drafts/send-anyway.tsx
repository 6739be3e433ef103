import { countOf } from "@rebound/core";
import { useEffect, useId, useRef, type JSX, type KeyboardEvent } from "react";

/** Which way out the person chose while the checker still had something to say. */
export type SendWay = "copy" | "mail" | "print";
export type SendAnywayClose = "review" | "escape" | "done";

export interface SendAnywayProps {
  way: SendWay;
  /** How many findings are open on the draft right now. */
  findings: number;
  /** The mailto: link, for "Open in mail app anyway". */
  mailHref: string;
  /** Copies or prints after all (the mail way is a link of its own). */
  onAnyway: () => void;
  /** Withdrawn: to look at the draft again, by Escape, or because the draft went. */
  onClose: (reason: SendAnywayClose) => void;
}

const ASK: Record<SendWay, { question: string; anyway: string }> = {
  copy: { question: "Copy it anyway?", anyway: "Copy anyway" },
  mail: { question: "Open it in your mail app anyway?", anyway: "Open in mail app anyway" },
  print: { question: "Print it anyway?", anyway: "Print anyway" },
};

/**
 * Asked before a draft with open findings leaves the page. Focus moves to the safe answer
 * (look at the draft again) so a stray Enter never sends; Escape withdraws the question.
 */
export function SendAnyway(props: SendAnywayProps): JSX.Element {
  const { way, findings, mailHref, onAnyway, onClose } = props;
  const textId = useId();
  const review = useRef<HTMLButtonElement>(null);
  useEffect(() => review.current?.focus(), []);
  const { question, anyway } = ASK[way];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose("escape");
  };

  return (
    <div className="rb-send-anyway" role="group" aria-labelledby={textId} onKeyDown={onKeyDown}>
      <p id={textId}>
        <strong>
          The checker still has {countOf(findings, { one: "thing", other: "things" })} for you to
          look at.
        </strong>{" "}
        They are listed under the draft. {question}
      </p>
      <button
        ref={review}
        type="button"
        className="rb-button rb-button--secondary"
        onClick={() => onClose("review")}
      >
        Look at the draft again
      </button>
      {way === "mail" ? (
        // A real link, so the mail app opens as it would from the plain button.
        <a className="rb-button" href={mailHref} onClick={() => onClose("done")}>
          {anyway}
        </a>
      ) : (
        <button
          type="button"
          className="rb-button"
          onClick={() => {
            onAnyway();
            onClose("done");
          }}
        >
          {anyway}
        </button>
      )}
    </div>
  );
}
