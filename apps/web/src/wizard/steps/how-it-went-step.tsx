import { DebriefSchema, InterviewSchema, LIMITS, ReflectionSchema } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { ChoiceField } from "../../ui/choice-field";
import { NotesField } from "../../ui/notes-field";
import { SelectField } from "../../ui/select-field";
import { TextField } from "../../ui/text-field";
import { NOTICED, SEVERITY, SLIP_KIND } from "../choices";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindControlledField, bindField } from "../bind-field";
import { RepeatableList } from "../repeatable-list";
import { useEntryList } from "../use-entry-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  reflection: ReflectionSchema.pick({ wentWell: true, successVision: true }),
  interview: InterviewSchema.pick({ severity: true }),
  slips: DebriefSchema.shape.slips,
});

/**
 * The review a thank-you and a repair are written from, on one page: what went well first, then
 * how badly it went and the concrete slips (whether they noticed decides what a message may say).
 */
export function HowItWentStep() {
  const form = useStepForm(schema, (draft) => ({
    reflection: {
      wentWell: draft.reflection?.wentWell ?? [],
      successVision: draft.reflection?.successVision,
    },
    interview: { severity: draft.interview?.severity ?? "unknown" },
    slips: draft.slips ?? [],
  }));
  const { watch } = form;
  const slips = useEntryList(form, "slips");
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Start with what went right: people usually do better in an interview than they feel
          afterwards.
        </p>
      }
    >
      <NotesField
        label="What went well?"
        hint="One per line. Only the first may appear in your thank-you, as you write it, so make it a part of the conversation, for example “the audit case study”. The rest stay yours."
        {...controlledField("reflection.wentWell")}
      />
      <TextField
        label="How do you see yourself succeeding there?"
        hint="What you would bring to the role, written as you would say it to them: your thank-you may use it as you write it, for example “bringing my automation work to your month-end close”."
        optional
        multiline
        maxLength={LIMITS.long}
        {...field("reflection.successVision", OPTIONAL_TEXT)}
      />
      <ChoiceField
        legend="Overall, how badly did it go?"
        choices={SEVERITY}
        {...field("interview.severity")}
      />
      <h2>Slip-ups</h2>
      <p className="rb-muted">
        Concrete moments, one by one. Whether the interviewer noticed decides whether a message ever
        mentions it: one they may have missed is best left alone.
      </p>
      <RepeatableList
        noun="slip-up"
        ids={slips.ids}
        max={20}
        empty={<p>No slip-up to list? Then just press Next.</p>}
        onAdd={() =>
          slips.append({ what: "", kind: "other", noticed: "unsure", apologisedInPerson: false })
        }
        onRemove={slips.remove}
        error={slips.error}
        render={(index) => (
          <>
            <TextField
              label="What happened?"
              hint="For you only: this is never copied into a message."
              {...field(`slips.${index}.what`)}
            />
            <SelectField
              label="What kind of slip was it?"
              choices={SLIP_KIND}
              {...field(`slips.${index}.kind`)}
            />
            {watch(`slips.${index}.kind`) === "wrong-name" ? (
              <TextField
                label="The name you used by mistake"
                hint="So a draft never repeats it."
                optional
                {...field(`slips.${index}.saidInstead`, OPTIONAL_TEXT)}
              />
            ) : null}
            <ChoiceField
              legend="Did the interviewer notice?"
              choices={NOTICED}
              {...field(`slips.${index}.noticed`)}
            />
            <CheckboxField
              label="I already apologised for it during the interview"
              {...field(`slips.${index}.apologisedInPerson`)}
            />
            <TextField
              label="Words for the employer to read"
              hint="One sentence your thank-you may use as you write it, if they surely noticed, for example “I'm sorry I took a call during our conversation.” Leave blank and the draft uses a plain line of its own."
              optional
              {...field(`slips.${index}.forEmployer`, OPTIONAL_TEXT)}
            />
          </>
        )}
      />
    </StepForm>
  );
}
