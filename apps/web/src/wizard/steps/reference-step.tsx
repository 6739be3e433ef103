import { LIMITS, ReferenceSchema } from "@rebound/core";
import { z } from "zod";
import { ChoiceField, YES_NO_UNKNOWN } from "../../ui/choice-field";
import { TextField } from "../../ui/text-field";
import { CheckboxToggle } from "../../ui/checkbox-toggle";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useOptionalSection } from "../use-optional-section";
import { useStepForm } from "../use-step-form";

const schema = z.object({ reference: ReferenceSchema.optional() });
const EMPTY_REFERENCE = { name: "", trusted: "yes" } as const;

export function ReferenceStep() {
  const form = useStepForm(schema, (draft) => ({
    reference: draft.reference ? { ...EMPTY_REFERENCE, ...draft.reference } : undefined,
  }));
  const field = bindField(form);
  const section = useOptionalSection(form, "reference", () => ({ ...EMPTY_REFERENCE }));
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
        checked={section.present}
        onChange={section.setPresent}
      />
      {section.present ? (
        <>
          <TextField label="Their name" {...field("reference.name")} />
          <TextField
            label="How you know them"
            optional
            {...field("reference.relation", OPTIONAL_TEXT)}
          />
          <ChoiceField
            legend="Do you trust them to speak well of you?"
            choices={YES_NO_UNKNOWN}
            {...field("reference.trusted")}
          />
          <TextField
            label="What could they mention for you?"
            hint="Written for your reference to read: your note to them asks for it as you write it, for example “how I rebuilt our month-end reporting”."
            optional
            multiline
            maxLength={LIMITS.long}
            {...field("reference.canMention", OPTIONAL_TEXT)}
          />
        </>
      ) : null}
    </StepForm>
  );
}
