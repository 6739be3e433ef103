import { DebriefSchema } from "@rebound/core";
import { useFieldArray } from "react-hook-form";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { errorAt } from "../../ui/field-errors";
import { SelectField } from "../../ui/select-field";
import { TextField } from "../../ui/text-field";
import { FORGOTTEN_KIND } from "../choices";
import { RepeatableList } from "../repeatable-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ forgotten: DebriefSchema.shape.forgotten });

export function ForgottenStep() {
  const form = useStepForm(schema, (draft) => ({ forgotten: draft.forgotten ?? [] }));
  const { register, control, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "forgotten" });
  const { errors } = formState;
  return (
    <StepForm
      form={form}
      intro={
        <p>Something worth saying that never came up? A thank-you message can add it in passing.</p>
      }
    >
      <RepeatableList
        noun="forgotten point"
        ids={fields.map((field) => field.id)}
        max={10}
        empty={<p>Nothing forgotten? Then just press Next.</p>}
        onAdd={() => append({ kind: "experience", detail: "", important: true })}
        onRemove={remove}
        error={errors.forgotten?.root?.message ?? errors.forgotten?.message}
        render={(index) => (
          <>
            <SelectField
              label="What kind of point?"
              choices={FORGOTTEN_KIND}
              registration={register(`forgotten.${index}.kind`)}
              error={errorAt(errors, `forgotten.${String(index)}.kind`)}
            />
            <TextField
              label="What did you forget to mention?"
              hint="For example: three years running month-end close at a firm of their size."
              registration={register(`forgotten.${index}.detail`)}
              error={errorAt(errors, `forgotten.${String(index)}.detail`)}
            />
            <CheckboxField
              label="It matters for this role"
              registration={register(`forgotten.${index}.important`)}
            />
          </>
        )}
      />
    </StepForm>
  );
}
