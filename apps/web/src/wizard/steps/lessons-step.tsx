import { LessonNotesSchema, LIMITS } from "@rebound/core";
import { z } from "zod";
import { NotesField } from "../../ui/notes-field";
import { TextField } from "../../ui/text-field";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ lessons: LessonNotesSchema });

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
  }));
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Last step: notes for next time. They go into your journal, on this device, so patterns
          show up.
        </p>
      }
    >
      <NotesField
        label="Questions you were not ready for"
        {...controlledField("lessons.unpreparedQuestions")}
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
