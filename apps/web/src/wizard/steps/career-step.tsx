import { CareerSchema } from "@rebound/core";
import { z } from "zod";
import { ChoiceField, YES_NO_UNKNOWN } from "../../ui/choice-field";
import { TextField } from "../../ui/text-field";
import { OPTIONAL_NUMBER } from "../optional-text";
import { bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ career: CareerSchema });

export function CareerStep() {
  const form = useStepForm(schema, (draft) => ({
    career: {
      yearsExperience: draft.career?.yearsExperience,
      feedbackSourceTrusted: draft.career?.feedbackSourceTrusted ?? "unknown",
      comfortableOnPhone: draft.career?.comfortableOnPhone ?? "unknown",
    },
  }));
  const field = bindField(form);
  return (
    <StepForm
      form={form}
      intro={<p>Two or three questions that shape how to ask for a call or for feedback.</p>}
    >
      <TextField
        label="Years of work experience"
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
      <ChoiceField
        legend="Are you comfortable making a phone call about this?"
        choices={YES_NO_UNKNOWN}
        {...field("career.comfortableOnPhone")}
      />
    </StepForm>
  );
}
