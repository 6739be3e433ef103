import { StandingSchema } from "@rebound/core";
import { z } from "zod";
import { ChoiceField, YES_NO_UNKNOWN } from "../../ui/choice-field";
import { STRENGTH, WANT_JOB } from "../choices";
import { bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  standing: StandingSchema.pick({
    strength: true,
    employerLeaning: true,
    wantJob: true,
    believesFit: true,
  }),
});

/** For a candidate still waiting: how bold a repair can be (a call, another conversation). */
export function ChancesStep() {
  const form = useStepForm(schema, (draft) => ({
    standing: {
      strength: draft.standing?.strength ?? "unknown",
      employerLeaning: draft.standing?.employerLeaning ?? "unknown",
      wantJob: draft.standing?.wantJob ?? "unknown",
      believesFit: draft.standing?.believesFit ?? "unknown",
    },
  }));
  const field = bindField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>
          These decide how bold the plan can be. “Don’t know” keeps it cautious: a thank-you, no
          requests.
        </p>
      }
    >
      <ChoiceField
        legend="Before things went wrong, how strong a candidate were you?"
        choices={STRENGTH}
        {...field("standing.strength")}
      />
      <ChoiceField
        legend="Did the employer seem to be leaning towards you?"
        choices={YES_NO_UNKNOWN}
        {...field("standing.employerLeaning")}
      />
      <ChoiceField
        legend="How much do you want this job?"
        choices={WANT_JOB}
        {...field("standing.wantJob")}
      />
      <ChoiceField
        legend="Do you believe you fit the role?"
        choices={YES_NO_UNKNOWN}
        {...field("standing.believesFit")}
      />
    </StepForm>
  );
}
