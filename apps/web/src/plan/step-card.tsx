import type { Step } from "@rebound/core";
import { useId, useState } from "react";
import { CheckboxToggle } from "../ui/checkbox-toggle";
import { carriedIn } from "./carried-in";
import { formatDate, formatWindow } from "../ui/format-date";
import { MarkDone } from "./mark-done";
import { SourcesList } from "./sources-list";

const CHANNEL: Record<Step["channel"], string> = {
  self: "Just for you",
  email: "By email",
  "handwritten-note": "Handwritten note",
  phone: "By phone",
};

interface StepCardProps {
  step: Step;
  done: boolean;
  answered: boolean;
  now: Date;
  /** When outreach is held (the cool-off end), or null. */
  heldUntil: string | null;
  onDone: (done: boolean) => void;
  onAnswered: (answered: boolean) => void;
}

/** One dated step of the plan: when, how, why (on request), and whether it is done. */
export function StepCard({
  step,
  done,
  answered,
  now,
  heldUntil,
  onDone,
  onAnswered,
}: StepCardProps) {
  const id = useId();
  const [whyOpen, setWhyOpen] = useState(false);
  const carrier = carriedIn(step);
  const titleId = `${id}-title`;
  const whyId = `${id}-why`;
  return (
    <article
      className={done ? "rb-step-card rb-step-card--done" : "rb-step-card"}
      aria-labelledby={titleId}
    >
      <p className="rb-step-card__when">
        <time dateTime={step.window.earliest}>{formatWindow(step.window)}</time>
      </p>
      <h3 id={titleId} className="rb-step-card__title">
        {step.title}
      </h3>
      <p className="rb-step-card__meta">
        {carrier === null ? CHANNEL[step.channel] : `Said in your ${carrier}`}
        {step.outreach && heldUntil ? <> · Held until {formatDate(heldUntil)}</> : null}
        {done ? <strong className="rb-step-card__done"> · Done</strong> : null}
      </p>
      <div className="rb-step-card__actions">
        <button
          type="button"
          className="rb-button rb-button--secondary"
          aria-expanded={whyOpen}
          aria-controls={whyId}
          onClick={() => setWhyOpen((open) => !open)}
        >
          Why?
        </button>
        <MarkDone step={step} done={done} now={now} onDone={onDone} />
      </div>
      <div id={whyId} className="rb-step-card__why" hidden={!whyOpen}>
        <p>{step.rationale}</p>
        <SourcesList sources={step.sources} />
      </div>
      {/* A reply answers the message, so it is recorded there, not on each line said in it. */}
      {step.outreach && done && carrier === null ? (
        <CheckboxToggle label="They replied" checked={answered} onChange={onAnswered} />
      ) : null}
    </article>
  );
}
