import {
  CandidacySchema,
  DebriefSchema,
  FeelingsSchema,
  InterviewSchema,
  interviewTimeIssue,
} from "@rebound/core";
import { z } from "zod";
import { ChoiceField } from "../../ui/choice-field";
import { DateTimeField } from "../../ui/datetime-field";
import { anHourAgo } from "../../ui/datetime";
import { SelectField } from "../../ui/select-field";
import { deviceTimeZone, timeZoneChoices } from "../../ui/time-zones";
import { RAWNESS, STATUS } from "../choices";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

// An interview that has not happened yet, or ended years ago, is refused here as core refuses it.
const schema = z
  .object({
    candidacy: CandidacySchema.pick({ status: true }),
    feelings: FeelingsSchema,
    interview: InterviewSchema.pick({ endedAt: true }),
    timeZone: DebriefSchema.shape.timeZone.unwrap(),
  })
  .superRefine(({ interview }, ctx) => {
    const issue = interviewTimeIssue(interview.endedAt, new Date());
    if (issue)
      ctx.addIssue({ code: "custom", path: ["interview", "endedAt"], message: issue.message });
  });

/**
 * The first question is the one that decides the rest: a no needs a reply and a little care, a
 * candidate still waiting needs a thank-you and perhaps a repair. Then when, and how it feels,
 * which set the cool-off.
 */
export function WhereThingsStandStep() {
  const form = useStepForm(schema, (draft) => ({
    candidacy: { status: draft.candidacy?.status ?? "waiting" },
    feelings: { rawness: draft.feelings?.rawness ?? "unknown" },
    interview: { endedAt: draft.interview?.endedAt ?? anHourAgo() },
    timeZone: draft.timeZone ?? deviceTimeZone(),
  }));
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm
      form={form}
      intro={<p>A few answers and you have a first plan. You can add detail to it afterwards.</p>}
    >
      <ChoiceField
        legend="Have you heard back yet?"
        hint="If they said no, we skip what only a candidate still in the running needs."
        choices={STATUS}
        {...field("candidacy.status")}
      />
      <DateTimeField
        label="When did the interview end?"
        hint="Your best guess is fine."
        {...controlledField("interview.endedAt")}
      />
      <ChoiceField
        legend="How are you feeling about it right now?"
        hint="If it still stings, the plan starts with a short pause before you contact anyone."
        choices={RAWNESS}
        {...field("feelings.rawness")}
      />
      <SelectField
        label="Your time zone"
        hint="Filled in from this device. Your messages are planned for working hours there: 08:00 to 18:00, Monday to Friday."
        choices={timeZoneChoices(form.getValues("timeZone"))}
        {...field("timeZone")}
      />
    </StepForm>
  );
}
