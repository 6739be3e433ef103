import { CircumstanceSchema, LIMITS } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { TextField } from "../../ui/text-field";
import { CheckboxToggle } from "../../ui/checkbox-toggle";
import { bindField } from "../bind-field";
import { OPTIONAL_TEXT } from "../optional-text";
import { StepForm } from "../step-form";
import { useOptionalSection } from "../use-optional-section";
import { useStepForm } from "../use-step-form";

const schema = z.object({ circumstance: CircumstanceSchema.optional() });
const EMPTY_CIRCUMSTANCE = { description: "", disclose: false } as const;

export function CircumstanceStep() {
  const form = useStepForm(schema, (draft) => ({
    circumstance: draft.circumstance ? { ...EMPTY_CIRCUMSTANCE, ...draft.circumstance } : undefined,
  }));
  const field = bindField(form);
  const section = useOptionalSection(form, "circumstance", () => ({ ...EMPTY_CIRCUMSTANCE }));
  const disclose = form.watch("circumstance.disclose") === true;
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
        checked={section.present}
        onChange={section.setPresent}
      />
      {section.present ? (
        <>
          <TextField
            label="What was going on?"
            hint="For you only: this is never copied into a message, even if you choose to mention it."
            multiline
            maxLength={LIMITS.long}
            {...field("circumstance.description")}
          />
          <CheckboxField
            label="I am willing to mention it to the employer"
            hint="Explained briefly, it is context rather than an excuse. Leave this unticked to keep it private."
            {...field("circumstance.disclose")}
          />
          {disclose ? (
            <TextField
              label="Words for the employer to read"
              hint="One sentence your message may use as you write it, for example “My father was taken to hospital the night before our interview.” Leave blank and it says you were dealing with a serious personal matter."
              optional
              {...field("circumstance.forEmployer", OPTIONAL_TEXT)}
            />
          ) : null}
        </>
      ) : null}
    </StepForm>
  );
}
