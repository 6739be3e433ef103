import { FeelingsSchema, InterviewSchema } from "@rebound/core";
import { z } from "zod";
import { ChoiceField } from "../../ui/choice-field";
import { DateTimeField } from "../../ui/datetime-field";
import { anHourAgo } from "../../ui/datetime";
import { FORMAT, RAWNESS } from "../choices";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  feelings: FeelingsSchema,
  interview: InterviewSchema.pick({ endedAt: true, format: true }),
});

export function FeelingsStep() {
  const form = useStepForm(schema, (draft) => ({
    feelings: { rawness: draft.feelings?.rawness ?? "unknown" },
    interview: {
      endedAt: draft.interview?.endedAt ?? anHourAgo(),
      format: draft.interview?.format ?? "unknown",
    },
  }));
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm form={form} intro={<p>First, a moment for you. There are no wrong answers here.</p>}>
      <ChoiceField
        legend="How are you feeling about it right now?"
        hint="If it still stings, the plan starts with a short pause before you contact anyone."
        choices={RAWNESS}
        {...field("feelings.rawness")}
      />
      <DateTimeField
        label="When did the interview end?"
        hint="Your best guess is fine."
        {...controlledField("interview.endedAt")}
      />
      <ChoiceField
        legend="How did it take place?"
        choices={FORMAT}
        {...field("interview.format")}
      />
    </StepForm>
  );
}
