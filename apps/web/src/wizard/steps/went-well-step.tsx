import { LIMITS, ReflectionSchema } from "@rebound/core";
import { z } from "zod";
import { NotesField } from "../../ui/notes-field";
import { TextField } from "../../ui/text-field";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  reflection: ReflectionSchema.pick({ wentWell: true, successVision: true }),
});

export function WentWellStep() {
  const form = useStepForm(schema, (draft) => ({
    reflection: {
      wentWell: draft.reflection?.wentWell ?? [],
      successVision: draft.reflection?.successVision,
    },
  }));
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Start with what went right. People usually do better in an interview than they feel
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
    </StepForm>
  );
}
