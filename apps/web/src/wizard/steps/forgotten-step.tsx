import { DebriefSchema } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { SelectField } from "../../ui/select-field";
import { TextField } from "../../ui/text-field";
import { FORGOTTEN_KIND } from "../choices";
import { bindField } from "../bind-field";
import { RepeatableList } from "../repeatable-list";
import { useEntryList } from "../use-entry-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ forgotten: DebriefSchema.shape.forgotten });

export function ForgottenStep() {
  const form = useStepForm(schema, (draft) => ({ forgotten: draft.forgotten ?? [] }));
  const entries = useEntryList(form, "forgotten");
  const field = bindField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>Something worth saying that never came up? A thank-you message can add it in passing.</p>
      }
    >
      <RepeatableList
        noun="forgotten point"
        ids={entries.ids}
        max={10}
        empty={<p>Nothing forgotten? Then just press Next.</p>}
        onAdd={() => entries.append({ kind: "experience", detail: "", important: true })}
        onRemove={entries.remove}
        error={entries.error}
        render={(index) => (
          <>
            <SelectField
              label="What kind of point?"
              choices={FORGOTTEN_KIND}
              {...field(`forgotten.${index}.kind`)}
            />
            <TextField
              label="What did you forget to mention?"
              hint="Written for the employer to read: your thank-you adds it as you write it, for example “I ran month-end close for three years at a firm your size”."
              {...field(`forgotten.${index}.detail`)}
            />
            <CheckboxField
              label="It matters for this role"
              {...field(`forgotten.${index}.important`)}
            />
          </>
        )}
      />
    </StepForm>
  );
}
