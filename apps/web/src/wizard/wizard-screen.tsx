import { useEffect } from "react";
import { navigate } from "../app/router";
import { preloadPlanScreen } from "../app/plan-route";
import { useCurrentDebrief } from "../state/current-debrief";
import { MissingAnswers } from "./missing-answers";
import { ProgressBar } from "./progress-bar";
import { WIZARD_STEPS } from "./steps";
import { useStepFlow } from "./use-step-flow";
import { WizardNavContext } from "./wizard-nav";
import "./wizard.css";

const TOTAL = WIZARD_STEPS.length;
const clampStep = (step: number) => Math.min(Math.max(Math.trunc(step), 1), TOTAL);
const stepHref = (step: number) => `/debrief?step=${String(step)}`;
const goToStep = (step: number) => navigate(stepHref(step));
const showPlan = () => navigate("/plan");
// A new step is a new page: show it from the top.
const scrollToTop = () => window.scrollTo({ top: 0 });

/** The debrief, one question group at a time; the step lives in the address so Back and reload work. */
export function WizardScreen({ requestedStep }: { requestedStep: number | null }) {
  const { session, setStep } = useCurrentDebrief();
  const step = clampStep(requestedStep ?? session.step);
  const current = WIZARD_STEPS[step - 1] ?? WIZARD_STEPS[0];
  const { nav, missing, heading } = useStepFlow({
    step,
    total: TOTAL,
    goTo: goToStep,
    onPlanned: showPlan,
    onStepChange: scrollToTop,
  });

  // Keep the address and the stored step in line with what is shown.
  useEffect(() => {
    if (requestedStep !== step) navigate(stepHref(step), { replace: true });
    setStep(step);
  }, [requestedStep, step, setStep]);

  useEffect(() => {
    preloadPlanScreen().catch(() => undefined); // offline: the lazy route retries when needed
  }, []);

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
