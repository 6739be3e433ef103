import { useEffect } from "react";
import { navigate } from "../app/router";
import { preloadPlanScreen } from "../app/plan-route";
import { useCurrentDebrief } from "../state/current-debrief";
import { DetailScreen } from "./detail-screen";
import { MissingAnswers } from "./missing-answers";
import { ProgressBar } from "./progress-bar";
import { stepById, stepHref, wizardPath } from "./steps";
import { useStepFlow } from "./use-step-flow";
import { WizardNavContext } from "./wizard-nav";
import "./wizard.css";

const goToStep = (step: number) => navigate(stepHref(step));
const showPlan = () => navigate("/plan");
// A new step is a new page: show it from the top.
const scrollToTop = () => window.scrollTo({ top: 0 });

interface WizardScreenProps {
  requestedStep: number | null;
  /** One section offered from the plan ("add detail"), instead of the path. */
  requestedDetail?: string | null;
}

/** The debrief: the short path one question group at a time, or one section of detail from the plan. */
export function WizardScreen({ requestedStep, requestedDetail = null }: WizardScreenProps) {
  useEffect(() => {
    preloadPlanScreen().catch(() => undefined); // offline: the lazy route retries when needed
  }, []);
  const detail = stepById(requestedDetail);
  return detail ? (
    <DetailScreen key={detail.id} section={detail} />
  ) : (
    <PathScreen requestedStep={requestedStep} />
  );
}

/** The short path; the step lives in the address so Back and reload work. */
function PathScreen({ requestedStep }: { requestedStep: number | null }) {
  const { session, setStep } = useCurrentDebrief();
  // The path follows the answers: saying "they said no" on the first step shortens it at once.
  const path = wizardPath(session.draft);
  const total = path.length;
  const step = Math.min(Math.max(Math.trunc(requestedStep ?? session.step), 1), total);
  const current = path[step - 1] ?? path[0];
  const { nav, missing, heading } = useStepFlow({
    step,
    total,
    goTo: goToStep,
    onPlanned: showPlan,
    onStepChange: scrollToTop,
  });

  // Keep the address and the stored step in line with what is shown.
  useEffect(() => {
    if (requestedStep !== step) navigate(stepHref(step), { replace: true });
    setStep(step);
  }, [requestedStep, step, setStep]);

  if (!current) return null;
  const { Component, title } = current;
  return (
    <section className="rb-wizard" aria-labelledby="wizard-heading">
      <p className="rb-wizard__count">
        Step {step} of {total}
      </p>
      <ProgressBar step={step} total={total} title={title} />
      <h1 id="wizard-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {missing.length > 0 ? <MissingAnswers issues={missing} /> : null}
      <WizardNavContext value={nav}>
        <Component key={current.id} />
      </WizardNavContext>
    </section>
  );
}
