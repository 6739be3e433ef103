import type { FieldIssue } from "@rebound/core";
import { useEffect } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { ProgressBar } from "../wizard/progress-bar";
import { stepForPath, WIZARD_STEPS } from "../wizard/steps";
import { useStepFlow } from "../wizard/use-step-flow";
import { WizardNavContext } from "../wizard/wizard-nav";
import { EMBED_TOTAL, stepId } from "./embed-steps";
import type { EmitWidgetEvent } from "./use-frame-bridge";
// The wizard's own step layout (navigation row, repeatable entries), as the app shows it.
import "../wizard/wizard.css";

const clamp = (step: number) => Math.min(Math.max(Math.trunc(step), 1), EMBED_TOTAL);

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
  const step = clamp(session.step);

  useEffect(() => {
    emit("stepChanged", { step: stepId(step - 1), index: step - 1, total: EMBED_TOTAL });
  }, [step, emit]);

  const { nav, missing, heading } = useStepFlow({
    step,
    total: EMBED_TOTAL,
    goTo: setStep,
    onPlanned,
  });

  const current = WIZARD_STEPS[step - 1];
  if (!current) return null;
  const { Component, title } = current;
  return (
    <section className="rb-embed__questions" aria-labelledby="embed-step-heading">
      <p className="rb-embed__count">
        Step {step} of {EMBED_TOTAL}
      </p>
      <ProgressBar step={step} total={EMBED_TOTAL} title={title} />
      <h2 id="embed-step-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {missing.length > 0 ? <MissingList issues={missing} onGo={setStep} /> : null}
      <WizardNavContext value={nav}>
        <Component key={`${String(step)}:${String(prefills)}`} />
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
  return (
    <div className="rb-notice" role="alert">
      <p>A few answers are needed before the plan:</p>
      <ul>
        {issues.slice(0, 8).map((issue) => {
          const step = stepForPath(issue.path);
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
