import { DebriefSchema } from "@rebound/core";
import { useFieldArray } from "react-hook-form";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { ChoiceField } from "../../ui/choice-field";
import { errorAt } from "../../ui/field-errors";
import { SelectField } from "../../ui/select-field";
import { TextField } from "../../ui/text-field";
import { NOTICED, SLIP_KIND } from "../choices";
import { optionalText } from "../optional-text";
import { RepeatableList } from "../repeatable-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ slips: DebriefSchema.shape.slips });

export function SlipsStep() {
  const form = useStepForm(schema, (draft) => ({ slips: draft.slips ?? [] }));
  const { register, control, formState, watch } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "slips" });
  const { errors } = formState;
  return (
    <StepForm
      form={form}
      intro={
        <p>
          List concrete slip-ups one by one, if there were any. Whether the interviewer noticed
          decides whether a message ever mentions it: one they may have missed is best left alone.
        </p>
      }
    >
      <RepeatableList
        noun="slip-up"
        ids={fields.map((field) => field.id)}
        max={20}
        empty={<p>No slip-ups to list? Then just press Next.</p>}
        onAdd={() =>
          append({ what: "", kind: "other", noticed: "unsure", apologisedInPerson: false })
        }
        onRemove={remove}
        error={errors.slips?.root?.message ?? errors.slips?.message}
        render={(index) => (
          <>
            <TextField
              label="What happened?"
              registration={register(`slips.${index}.what`)}
              error={errorAt(errors, `slips.${String(index)}.what`)}
            />
            <SelectField
              label="What kind of slip was it?"
              choices={SLIP_KIND}
              registration={register(`slips.${index}.kind`)}
              error={errorAt(errors, `slips.${String(index)}.kind`)}
            />
            {watch(`slips.${index}.kind`) === "wrong-name" ? (
              <TextField
                label="The name you used by mistake"
                hint="So a draft never repeats it."
                optional
                registration={register(`slips.${index}.saidInstead`, { setValueAs: optionalText })}
                error={errorAt(errors, `slips.${String(index)}.saidInstead`)}
              />
            ) : null}
            <ChoiceField
              legend="Did the interviewer notice?"
              choices={NOTICED}
              registration={register(`slips.${index}.noticed`)}
              error={errorAt(errors, `slips.${String(index)}.noticed`)}
            />
            <CheckboxField
              label="I already apologised for it during the interview"
              registration={register(`slips.${index}.apologisedInPerson`)}
            />
          </>
        )}
      />
    </StepForm>
  );
}
