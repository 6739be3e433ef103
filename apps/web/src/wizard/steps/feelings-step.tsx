import { DebriefSchema, FeelingsSchema, InterviewSchema, interviewTimeIssue } from "@rebound/core";
import { z } from "zod";
import { ChoiceField } from "../../ui/choice-field";
import { DateTimeField } from "../../ui/datetime-field";
import { anHourAgo } from "../../ui/datetime";
import { SelectField } from "../../ui/select-field";
import { deviceTimeZone, timeZoneChoices } from "../../ui/time-zones";
import { FORMAT, RAWNESS } from "../choices";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

// An interview that has not happened yet, or ended years ago, is refused here as core refuses it.
const schema = z
  .object({
    feelings: FeelingsSchema,
    interview: InterviewSchema.pick({ endedAt: true, format: true }),
    timeZone: DebriefSchema.shape.timeZone.unwrap(),
  })
  .superRefine(({ interview }, ctx) => {
    const issue = interviewTimeIssue(interview.endedAt, new Date());
    if (issue)
      ctx.addIssue({ code: "custom", path: ["interview", "endedAt"], message: issue.message });
  });

export function FeelingsStep() {
  const form = useStepForm(schema, (draft) => ({
    feelings: { rawness: draft.feelings?.rawness ?? "unknown" },
    interview: {
      endedAt: draft.interview?.endedAt ?? anHourAgo(),
      format: draft.interview?.format ?? "unknown",
    },
    timeZone: draft.timeZone ?? deviceTimeZone(),
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
      <SelectField
        label="Your time zone"
        hint="Filled in from this device. Your messages are planned for working hours there: 08:00 to 18:00, Monday to Friday."
        choices={timeZoneChoices(form.getValues("timeZone"))}
        {...field("timeZone")}
      />
      <ChoiceField
        legend="How did it take place?"
        choices={FORMAT}
        {...field("interview.format")}
      />
    </StepForm>
  );
}
