import { CircumstanceSchema } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { TextField } from "../../ui/text-field";
import { CheckboxToggle } from "../../ui/checkbox-toggle";
import { bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ circumstance: CircumstanceSchema.optional() });

export function CircumstanceStep() {
  const form = useStepForm(schema, (draft) => ({
    circumstance: draft.circumstance
      ? { description: "", disclose: false, ...draft.circumstance }
      : undefined,
  }));
  const field = bindField(form);
  const { watch, setValue } = form;
  const present = watch("circumstance") !== undefined;
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Sometimes life gets in the way: an illness, an emergency, a loss. This is only for
          something serious.
        </p>
      }
    >
      <CheckboxToggle
        label="Something serious outside the interview affected how it went"
        checked={present}
        onChange={(on) =>
          setValue("circumstance", on ? { description: "", disclose: false } : undefined, {
            shouldDirty: true,
          })
        }
      />
      {present ? (
        <>
          <TextField
            label="What was going on?"
            hint="Only you see this unless you choose to mention it."
            multiline
            {...field("circumstance.description")}
          />
          <CheckboxField
            label="I am willing to mention it to the employer"
            hint="Explained briefly, it is context rather than an excuse. Leave this unticked to keep it private."
            {...field("circumstance.disclose")}
          />
        </>
      ) : null}
    </StepForm>
  );
}
