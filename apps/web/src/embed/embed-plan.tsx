import type { Debrief, Plan, TemplateId } from "@rebound/core";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { formatDate } from "../ui/format-date";
import { planHeadline } from "./plan-headline";

// The drafts bring the template catalogue and the linter: fetched only when asked for.
const DraftsScreen = lazy(() =>
  import("../drafts/drafts-screen").then((m) => ({ default: m.DraftsScreen })),
);

interface EmbedPlanProps {
  /** The session's local id: draft edits belong to one interview. */
  debriefId: string;
  plan: Plan;
  debrief: Debrief;
  agencyName: string;
  onCopied: (templateId: TemplateId) => void;
  onShare: () => void;
  onFinish: () => void;
  onEdit: () => void;
  /** Move focus to the heading: true when the person just arrived here, not when the widget reopens on it. */
  focusHeading: boolean;
}

/** The plan in compact form: a headline, the dated steps, the drafts on demand, then what comes next. */
export function EmbedPlan({
  debriefId,
  plan,
  debrief,
  agencyName,
  onCopied,
  onShare,
  onFinish,
  onEdit,
  focusHeading,
}: EmbedPlanProps) {
  const [showDrafts, setShowDrafts] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <section className="rb-embed__plan" aria-labelledby="embed-plan-heading">
      <h2 id="embed-plan-heading" ref={heading} tabIndex={-1}>
        Your recovery plan
      </h2>
      <p className="rb-embed__headline">{planHeadline(plan)}</p>
      <ol className="rb-embed__steps">
        {plan.steps.map((step) => (
          <li key={step.strategy} className="rb-card">
            <strong>{step.title}</strong>
            <span className="rb-muted"> · from {formatDate(step.window.earliest, "day")}</span>
            <details>
              <summary>Why this step</summary>
              <p>{step.rationale}</p>
            </details>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          className="rb-button rb-button--secondary"
          aria-expanded={showDrafts}
          onClick={() => setShowDrafts((shown) => !shown)}
        >
          {showDrafts ? "Hide the drafts" : "Show the drafts"}
        </button>
      </p>
      {showDrafts ? (
        <Suspense fallback={<p role="status">Loading the drafts…</p>}>
          <DraftsScreen debriefId={debriefId} debrief={debrief} plan={plan} onCopied={onCopied} />
        </Suspense>
      ) : null}
      <div className="rb-embed__actions">
        <button type="button" className="rb-button" onClick={onShare}>
          Share a summary with {agencyName}
        </button>
        <button type="button" className="rb-button rb-button--secondary" onClick={onFinish}>
          Keep it to myself
        </button>
        <button type="button" className="rb-button rb-button--quiet" onClick={onEdit}>
          Change my answers
        </button>
      </div>
    </section>
  );
}
