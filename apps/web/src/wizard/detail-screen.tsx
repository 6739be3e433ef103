import { useEffect, useMemo, useRef } from "react";
import { navigate } from "../app/router";
import { MissingAnswers } from "./missing-answers";
import type { WizardStep } from "./steps";
import { useStepFlow } from "./use-step-flow";
import { type WizardNav, WizardNavContext } from "./wizard-nav";

const showPlan = () => navigate("/plan");
const noStep = () => undefined;

/**
 * One section offered from the plan: answered, it chooses the plan again for this moment and
 * shows it; "Back to my plan" leaves without choosing again.
 */
export function DetailScreen({ section }: { section: WizardStep }) {
  const { nav, missing, heading } = useStepFlow({
    step: 1,
    total: 1,
    goTo: noStep,
    onPlanned: showPlan,
  });
  const detailNav = useMemo<WizardNav>(
    () => ({
      ...nav,
      back: showPlan,
      backLabel: "Back to my plan",
      submitLabel: "Save and update my plan",
    }),
    [nav],
  );
  const opened = useRef(false);

  // Arriving from the plan's foot: start at this page's top, on its heading.
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [heading]);

  const { Component, title } = section;
  return (
    <section className="rb-wizard" aria-labelledby="wizard-heading">
      <p className="rb-wizard__count">Add detail to your plan</p>
      <h1 id="wizard-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {missing.length > 0 ? <MissingAnswers issues={missing} /> : null}
      <WizardNavContext value={detailNav}>
        <Component />
      </WizardNavContext>
    </section>
  );
}
