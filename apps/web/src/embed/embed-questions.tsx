import type { FieldIssue } from "@rebound/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { usePlan } from "../state/use-plan";
import { mergeStep } from "../wizard/merge-step";
import { ProgressBar } from "../wizard/progress-bar";
import { stepForPath, WIZARD_STEPS } from "../wizard/steps";
import { type WizardNav, WizardNavContext } from "../wizard/wizard-nav";
import { EMBED_TOTAL, stepId } from "./embed-steps";
import type { EmitWidgetEvent } from "./use-frame-bridge";

const clamp = (step: number) => Math.min(Math.max(Math.trunc(step), 1), EMBED_TOTAL);

interface EmbedQuestionsProps {
  emit: EmitWidgetEvent;
  /** The plan was built from the answers. */
  onPlanned: () => void;
}

/**
 * The coach's own question steps inside the frame. The step lives in the stored session (not
 * the address, which belongs to the host's frame), so reopening the widget lands on it again.
 */
export function EmbedQuestions({ emit, onPlanned }: EmbedQuestionsProps) {
  const { session, setStep, update } = useCurrentDebrief();
  const { buildPlan } = usePlan();
  const step = clamp(session.step);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const [missing, setMissing] = useState<FieldIssue[]>([]);

  useEffect(() => {
    emit("stepChanged", { step: stepId(step - 1), index: step - 1, total: EMBED_TOTAL });
    if (shownStep.current === step) return;
    shownStep.current = step;
    setMissing([]);
    heading.current?.focus();
  }, [step, emit]);

  const nav = useMemo<WizardNav>(
    () => ({
      step,
      total: EMBED_TOTAL,
      isLast: step === EMBED_TOTAL,
      back: () => setStep(step - 1),
      next: (values) => {
        const merged = mergeStep(session.draft, values);
        update((previous) => mergeStep(previous, values));
        if (step < EMBED_TOTAL) {
          setStep(step + 1);
          return;
        }
        const problems = buildPlan(new Date(), merged);
        if (problems.length === 0) onPlanned();
        else setMissing(problems);
      },
    }),
    [step, session.draft, update, setStep, buildPlan, onPlanned],
  );

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
        <Component key={step} />
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
