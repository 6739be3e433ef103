import { ReferenceSchema } from "@rebound/core";
import { z } from "zod";
import { ChoiceField, YES_NO_UNKNOWN } from "../../ui/choice-field";
import { errorAt } from "../../ui/field-errors";
import { TextField } from "../../ui/text-field";
import { CheckboxToggle } from "../../ui/checkbox-toggle";
import { optionalText } from "../optional-text";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ reference: ReferenceSchema.optional() });
const EMPTY_REFERENCE = { name: "", trusted: "yes" } as const;

export function ReferenceStep() {
  const form = useStepForm(schema, (draft) => ({
    reference: draft.reference ? { ...EMPTY_REFERENCE, ...draft.reference } : undefined,
  }));
  const { register, formState, watch, setValue } = form;
  const present = watch("reference") !== undefined;
  const { errors } = formState;
  return (
    <StepForm
      form={form}
      intro={
        <p>
          A trusted reference can mention the strengths you did not get to show, if they are asked
          in time.
        </p>
      }
    >
      <CheckboxToggle
        label="I have a reference who could speak up for me"
        checked={present}
        onChange={(on) =>
          setValue("reference", on ? { ...EMPTY_REFERENCE } : undefined, { shouldDirty: true })
        }
      />
      {present ? (
        <>
          <TextField
            label="Their name"
            registration={register("reference.name")}
            error={errorAt(errors, "reference.name")}
          />
          <TextField
            label="How you know them"
            optional
            registration={register("reference.relation", { setValueAs: optionalText })}
            error={errorAt(errors, "reference.relation")}
          />
          <ChoiceField
            legend="Do you trust them to speak well of you?"
            choices={YES_NO_UNKNOWN}
            registration={register("reference.trusted")}
            error={errorAt(errors, "reference.trusted")}
          />
          <TextField
            label="What could they mention for you?"
            optional
            multiline
            registration={register("reference.canMention", { setValueAs: optionalText })}
            error={errorAt(errors, "reference.canMention")}
          />
        </>
      ) : null}
    </StepForm>
  );
}
