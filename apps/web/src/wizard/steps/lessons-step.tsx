import { InterviewSchema, LessonNotesSchema, LIMITS } from "@rebound/core";
import { z } from "zod";
import { ChoiceField } from "../../ui/choice-field";
import { NotesField } from "../../ui/notes-field";
import { TextField } from "../../ui/text-field";
import { FORMAT } from "../choices";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

// How it took place changes no plan, but it is what the logistics note is about.
const schema = z.object({
  lessons: LessonNotesSchema,
  interview: InterviewSchema.pick({ format: true }),
});

const NOTES = [
  { name: "lessons.informationLacked", label: "Information you lacked" },
  { name: "lessons.dress", label: "Dress" },
  { name: "lessons.mannerisms", label: "Mannerisms" },
  { name: "lessons.wording", label: "Wording" },
  { name: "lessons.logistics", label: "Logistics (travel, timing, set-up)" },
] as const;

export function LessonsStep() {
  const form = useStepForm(schema, (draft) => ({
    lessons: { ...draft.lessons, unpreparedQuestions: draft.lessons?.unpreparedQuestions ?? [] },
    interview: { format: draft.interview?.format ?? "unknown" },
  }));
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>Notes for next time. They go into your journal, on this device, so patterns show up.</p>
      }
    >
      <NotesField
        label="Questions you were not ready for"
        {...controlledField("lessons.unpreparedQuestions")}
      />
      <ChoiceField
        legend="How did it take place?"
        choices={FORMAT}
        {...field("interview.format")}
      />
      {NOTES.map((note) => (
        <TextField
          key={note.name}
          label={note.label}
          optional
          multiline
          maxLength={LIMITS.long}
          {...field(note.name, OPTIONAL_TEXT)}
        />
      ))}
    </StepForm>
  );
}
