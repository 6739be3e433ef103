import { CandidacySchema, StandingSchema } from "@rebound/core";
import { z } from "zod";
import { ChoiceField, YES_NO_UNKNOWN } from "../../ui/choice-field";
import { STATUS, STRENGTH, WANT_JOB } from "../choices";
import { bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  candidacy: CandidacySchema.pick({ status: true }),
  standing: StandingSchema,
});

export function StandingStep() {
  const form = useStepForm(schema, (draft) => ({
    candidacy: { status: draft.candidacy?.status ?? "waiting" },
    standing: {
      strength: draft.standing?.strength ?? "unknown",
      employerLeaning: draft.standing?.employerLeaning ?? "unknown",
      wantJob: draft.standing?.wantJob ?? "unknown",
      believesFit: draft.standing?.believesFit ?? "unknown",
      valuesOrganisation: draft.standing?.valuesOrganisation ?? "unknown",
    },
  }));
  const field = bindField(form);
  return (
    <StepForm form={form} intro={<p>Where things stand decides how bold the plan can be.</p>}>
      <ChoiceField
        legend="Have you heard back yet?"
        choices={STATUS}
        {...field("candidacy.status")}
      />
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
      <ChoiceField
        legend="Would you like to keep a relationship with this organisation, whatever happens?"
        choices={YES_NO_UNKNOWN}
        {...field("standing.valuesOrganisation")}
      />
    </StepForm>
  );
}
