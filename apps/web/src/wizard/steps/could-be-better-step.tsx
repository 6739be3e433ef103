import { LIMITS, ReflectionSchema } from "@rebound/core";
import { z } from "zod";
import { NotesField } from "../../ui/notes-field";
import { TextField } from "../../ui/text-field";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  reflection: ReflectionSchema.pick({
    couldBeBetter: true,
    oneChange: true,
    answerDifferently: true,
    impressions: true,
  }),
});

export function CouldBeBetterStep() {
  const form = useStepForm(schema, (draft) => ({
    reflection: {
      couldBeBetter: draft.reflection?.couldBeBetter ?? [],
      oneChange: draft.reflection?.oneChange,
      answerDifferently: draft.reflection?.answerDifferently,
      impressions: draft.reflection?.impressions ?? [],
    },
  }));
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>The harder part, in more detail. Be as fair to yourself as you would be to a friend.</p>
      }
    >
      <NotesField
        label="What could have gone better?"
        {...controlledField("reflection.couldBeBetter")}
      />
      <TextField
        label="If you could change one thing, what would it be?"
        optional
        multiline
        maxLength={LIMITS.long}
        {...field("reflection.oneChange", OPTIONAL_TEXT)}
      />
      <TextField
        label="Is there an answer you would now give differently? How?"
        optional
        multiline
        maxLength={LIMITS.long}
        {...field("reflection.answerDifferently", OPTIONAL_TEXT)}
      />
      <NotesField
        label="Vague impressions"
        hint="A look, a sigh, body language: one per line. We note them, but they are easy to over-read."
        {...controlledField("reflection.impressions")}
      />
    </StepForm>
  );
}
