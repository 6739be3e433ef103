import { CareerSchema, StandingSchema } from "@rebound/core";
import { z } from "zod";
import { ChoiceField, YES_NO_UNKNOWN } from "../../ui/choice-field";
import { TextField } from "../../ui/text-field";
import { OPTIONAL_NUMBER } from "../optional-text";
import { bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  standing: StandingSchema.pick({ valuesOrganisation: true }),
  career: CareerSchema.pick({ yearsExperience: true, feedbackSourceTrusted: true }),
});

/** After a no: whether to keep in touch, and whether asking why is worth it (LaReau). */
export function LookingAheadStep() {
  const form = useStepForm(schema, (draft) => ({
    standing: { valuesOrganisation: draft.standing?.valuesOrganisation ?? "unknown" },
    career: {
      yearsExperience: draft.career?.yearsExperience,
      feedbackSourceTrusted: draft.career?.feedbackSourceTrusted ?? "unknown",
    },
  }));
  const field = bindField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Two things decide what your reply asks for: whether to stay in touch, and whether asking
          for feedback is worth it.
        </p>
      }
    >
      <ChoiceField
        legend="Would you like to keep a relationship with this organisation?"
        hint="Then the plan adds a friendly note in a month or so, asking nothing."
        choices={YES_NO_UNKNOWN}
        {...field("standing.valuesOrganisation")}
      />
      <TextField
        label="Years of work experience"
        hint="Early in a career, honest pointers are worth asking for."
        type="number"
        inputMode="numeric"
        optional
        {...field("career.yearsExperience", OPTIONAL_NUMBER)}
      />
      <ChoiceField
        legend="If you asked for feedback, would the person giving it be someone you trust?"
        choices={YES_NO_UNKNOWN}
        {...field("career.feedbackSourceTrusted")}
      />
    </StepForm>
  );
}
