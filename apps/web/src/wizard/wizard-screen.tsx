import type { FieldIssue } from "@rebound/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { navigate } from "../app/router";
import { preloadPlanScreen } from "../app/plan-route";
import { useCurrentDebrief } from "../state/current-debrief";
import { usePlan } from "../state/use-plan";
import { mergeStep } from "./merge-step";
import { MissingAnswers } from "./missing-answers";
import { ProgressBar } from "./progress-bar";
import { WIZARD_STEPS } from "./steps";
import { type WizardNav, WizardNavContext } from "./wizard-nav";
import "./wizard.css";

const TOTAL = WIZARD_STEPS.length;
const clampStep = (step: number) => Math.min(Math.max(Math.trunc(step), 1), TOTAL);
const stepHref = (step: number) => `/debrief?step=${String(step)}`;

/** The debrief, one question group at a time; the step lives in the address so Back and reload work. */
export function WizardScreen({ requestedStep }: { requestedStep: number | null }) {
  const { session, setStep, update } = useCurrentDebrief();
  const { buildPlan } = usePlan();
  const step = clampStep(requestedStep ?? session.step);
  const current = WIZARD_STEPS[step - 1] ?? WIZARD_STEPS[0];
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const [missing, setMissing] = useState<FieldIssue[]>([]);

  // Keep the address and the stored step in line with what is shown.
  useEffect(() => {
    if (requestedStep !== step) navigate(stepHref(step), { replace: true });
    setStep(step);
  }, [requestedStep, step, setStep]);

  useEffect(() => {
    preloadPlanScreen().catch(() => undefined); // offline: the lazy route retries when needed
  }, []);

  // A new step is a new page for keyboard and screen-reader users: start them at its heading.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    setMissing([]);
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, [step]);

  const nav = useMemo<WizardNav>(
    () => ({
      step,
      total: TOTAL,
      isLast: step === TOTAL,
      back: () => navigate(stepHref(step - 1)),
      next: (values) => {
        // Fold in the validated values (schema defaults included), not only what was typed.
        const merged = mergeStep(session.draft, values);
        update((previous) => mergeStep(previous, values));
        if (step < TOTAL) {
          navigate(stepHref(step + 1));
          return;
        }
        const problems = buildPlan(new Date(), merged);
        if (problems.length === 0) navigate("/plan");
        else setMissing(problems);
      },
    }),
    [step, session.draft, update, buildPlan],
  );

  if (!current) return null;
  const { Component, title } = current;
  return (
    <section className="rb-wizard" aria-labelledby="wizard-heading">
      <p className="rb-wizard__count">
        Step {step} of {TOTAL}
      </p>
      <ProgressBar step={step} total={TOTAL} title={title} />
      <h1 id="wizard-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {missing.length > 0 ? <MissingAnswers issues={missing} /> : null}
      <WizardNavContext value={nav}>
        <Component key={step} />
      </WizardNavContext>
    </section>
  );
}
