import type { FieldIssue } from "@rebound/core";
import { useEffect } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { ProgressBar } from "../wizard/progress-bar";
import { whereAsked, wizardPath } from "../wizard/steps";
import { useStepFlow } from "../wizard/use-step-flow";
import { WizardNavContext } from "../wizard/wizard-nav";
import { stepId } from "./embed-steps";
import type { EmitWidgetEvent } from "./use-frame-bridge";
// The wizard's own step layout (navigation row, repeatable entries), as the app shows it.
import "../wizard/wizard.css";

interface EmbedQuestionsProps {
  emit: EmitWidgetEvent;
  /** The plan was built from the answers. */
  onPlanned: () => void;
  /**
   * Bumped by each host prefill. A step's form reads the draft only when it mounts, so the
   * step remounts to show what the host filled in (its own answers are already autosaved).
   */
  prefills: number;
}

/**
 * The coach's own question steps inside the frame. The step lives in the stored session (not
 * the address, which belongs to the host's frame), so reopening the widget lands on it again.
 */
export function EmbedQuestions({ emit, onPlanned, prefills }: EmbedQuestionsProps) {
  const { session, setStep } = useCurrentDebrief();
  // The app's short path: the status first, then only what can change this person's plan.
  const path = wizardPath(session.draft);
  const total = path.length;
  const step = Math.min(Math.max(Math.trunc(session.step), 1), total);
  const current = path[step - 1];
  const id = current?.id ?? "step";

  useEffect(() => {
    emit("stepChanged", { step: stepId(id), index: step - 1, total });
  }, [id, step, total, emit]);

  const { nav, missing, heading } = useStepFlow({
    step,
    total,
    goTo: setStep,
    onPlanned,
  });

  if (!current) return null;
  const { Component, title } = current;
  return (
    <section className="rb-embed__questions" aria-labelledby="embed-step-heading">
      <p className="rb-embed__count">
        Step {step} of {total}
      </p>
      <ProgressBar step={step} total={total} title={title} />
      <h2 id="embed-step-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {missing.length > 0 ? <MissingList issues={missing} onGo={setStep} /> : null}
      <WizardNavContext value={nav}>
        <Component key={`${id}:${String(prefills)}`} />
      </WizardNavContext>
    </section>
  );
}

/** What still needs an answer, each with a button to its step (links would navigate the frame away). */
function MissingList({
  issues,
  onGo,
}: {
  issues: readonly FieldIssue[];
  onGo: (step: number) => void;
}) {
  const { draft } = useCurrentDebrief();
  return (
    <div className="rb-notice" role="alert">
      <p>A few answers are needed before the plan:</p>
      <ul>
        {issues.slice(0, 8).map((issue) => {
          // Only the path's steps are here: detail is added from the app's own plan.
          const step = whereAsked(issue.path, draft)?.number;
          return (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.message}{" "}
              {step ? (
                <button
                  type="button"
                  className="rb-button rb-button--quiet"
                  onClick={() => onGo(step)}
                >
                  Go to step {step}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
