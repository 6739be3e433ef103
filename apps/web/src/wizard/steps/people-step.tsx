import { CandidateSchema, DebriefSchema } from "@rebound/core";
import { useFieldArray } from "react-hook-form";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { errorAt } from "../../ui/field-errors";
import { TextField } from "../../ui/text-field";
import { optionalText } from "../optional-text";
import { RepeatableList } from "../repeatable-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  interviewers: DebriefSchema.shape.interviewers,
  candidate: CandidateSchema,
});

export function PeopleStep() {
  const form = useStepForm(schema, (draft) => ({
    interviewers: draft.interviewers ?? [],
    candidate: { ...draft.candidate },
  }));
  const { register, control, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "interviewers" });
  const { errors } = formState;
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Who interviewed you? Spell names exactly as they do: every draft uses them as you type
          them here.
        </p>
      }
    >
      <h2>The interviewers</h2>
      <RepeatableList
        noun="interviewer"
        ids={fields.map((field) => field.id)}
        max={8}
        empty={<p>Add at least the person your messages should go to, if you know their name.</p>}
        onAdd={() => append({ name: "", recipient: true })}
        onRemove={remove}
        error={errors.interviewers?.root?.message ?? errors.interviewers?.message}
        render={(index) => (
          <>
            <TextField
              label="Name"
              registration={register(`interviewers.${index}.name`)}
              error={errorAt(errors, `interviewers.${String(index)}.name`)}
            />
            <TextField
              label="Job title"
              optional
              registration={register(`interviewers.${index}.title`, { setValueAs: optionalText })}
              error={errorAt(errors, `interviewers.${String(index)}.title`)}
            />
            <TextField
              label="Email"
              type="email"
              inputMode="email"
              optional
              registration={register(`interviewers.${index}.email`, { setValueAs: optionalText })}
              error={errorAt(errors, `interviewers.${String(index)}.email`)}
            />
            <CheckboxField
              label="Address my messages to this person"
              registration={register(`interviewers.${index}.recipient`)}
            />
          </>
        )}
      />
      <h2>You</h2>
      <p className="rb-muted">Only used to sign your drafts. Leave blank if you prefer.</p>
      <TextField
        label="Your name"
        optional
        autoComplete="name"
        registration={register("candidate.name", { setValueAs: optionalText })}
        error={errorAt(errors, "candidate.name")}
      />
      <TextField
        label="Your email"
        type="email"
        inputMode="email"
        optional
        autoComplete="email"
        registration={register("candidate.email", { setValueAs: optionalText })}
        error={errorAt(errors, "candidate.email")}
      />
      <TextField
        label="Your phone number"
        type="tel"
        inputMode="tel"
        optional
        autoComplete="tel"
        registration={register("candidate.phone", { setValueAs: optionalText })}
        error={errorAt(errors, "candidate.phone")}
      />
    </StepForm>
  );
}
