import type { FieldIssue } from "@rebound/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { usePlan } from "../state/use-plan";
import { mergeStep } from "./merge-step";
import type { WizardNav } from "./wizard-nav";

interface StepFlowOptions {
  step: number;
  total: number;
  /** Shows another step (the wizard changes the address; the embed, its stored session). */
  goTo: (step: number) => void;
  /** The plan was built from the answers. */
  onPlanned: () => void;
  /** Runs when a different step is shown (not on the first one). */
  onStepChange?: () => void;
}

/**
 * Moving through the question steps, shared by the wizard page and the embedded coach: Back and
 * Next save the step's answers, the last step builds the plan or lists what is missing, and
 * each new step starts keyboard and screen-reader users at its heading.
 */
export function useStepFlow({ step, total, goTo, onPlanned, onStepChange }: StepFlowOptions) {
  const { session, update } = useCurrentDebrief();
  const { buildPlan } = usePlan();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const [missing, setMissing] = useState<FieldIssue[]>([]);

  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    setMissing([]);
    heading.current?.focus();
    onStepChange?.();
  }, [step, onStepChange]);

  const nav = useMemo<WizardNav>(
    () => ({
      step,
      total,
      isLast: step === total,
      back: () => goTo(step - 1),
      next: (values) => {
        // Fold in the validated values (schema defaults included), not only what was typed.
        const merged = mergeStep(session.draft, values);
        update((previous) => mergeStep(previous, values));
        if (step < total) {
          goTo(step + 1);
          return;
        }
        const problems = buildPlan(new Date(), merged);
        if (problems.length === 0) onPlanned();
        else setMissing(problems);
      },
    }),
    [step, total, goTo, onPlanned, session.draft, update, buildPlan],
  );

  return { nav, missing, heading };
}
