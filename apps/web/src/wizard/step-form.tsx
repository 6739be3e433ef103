import type { ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { markBuildPlan } from "../plan/plan-timing";
import { useWizardNav } from "./wizard-nav";

interface StepFormProps<Input extends FieldValues, Output extends FieldValues> {
  form: UseFormReturn<Input, unknown, Output>;
  intro?: ReactNode;
  children: ReactNode;
}

/** The form around one step: its fields, then Back and Next (or "Build my plan" at the end). */
export function StepForm<Input extends FieldValues, Output extends FieldValues>({
  form,
  intro,
  children,
}: StepFormProps<Input, Output>) {
  const nav = useWizardNav();
  const onSubmit = form.handleSubmit((values) => nav.next(values));
  return (
    <form
      className="rb-step"
      noValidate
      onSubmit={(event) => {
        if (nav.isLast) markBuildPlan();
        void onSubmit(event);
      }}
    >
      {intro ? <div className="rb-step__intro">{intro}</div> : null}
      {children}
      <div className="rb-step__nav">
        {nav.step > 1 || nav.backLabel ? (
          <button type="button" className="rb-button rb-button--secondary" onClick={nav.back}>
            {nav.backLabel ?? "Back"}
          </button>
        ) : (
          <span />
        )}
        <button type="submit" className="rb-button">
          {nav.submitLabel ?? (nav.isLast ? "Build my plan" : "Next")}
        </button>
      </div>
    </form>
  );
}
