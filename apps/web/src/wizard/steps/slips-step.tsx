import { DebriefSchema } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { ChoiceField } from "../../ui/choice-field";
import { SelectField } from "../../ui/select-field";
import { TextField } from "../../ui/text-field";
import { NOTICED, SLIP_KIND } from "../choices";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindField } from "../bind-field";
import { RepeatableList } from "../repeatable-list";
import { useEntryList } from "../use-entry-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ slips: DebriefSchema.shape.slips });

export function SlipsStep() {
  const form = useStepForm(schema, (draft) => ({ slips: draft.slips ?? [] }));
  const { watch } = form;
  const entries = useEntryList(form, "slips");
  const field = bindField(form);
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
        ids={entries.ids}
        max={20}
        empty={<p>No slip-ups to list? Then just press Next.</p>}
        onAdd={() =>
          entries.append({ what: "", kind: "other", noticed: "unsure", apologisedInPerson: false })
        }
        onRemove={entries.remove}
        error={entries.error}
        render={(index) => (
          <>
            <TextField
              label="What happened?"
              hint="For you only: this is never copied into a message."
              {...field(`slips.${index}.what`)}
            />
            <SelectField
              label="What kind of slip was it?"
              choices={SLIP_KIND}
              {...field(`slips.${index}.kind`)}
            />
            {watch(`slips.${index}.kind`) === "wrong-name" ? (
              <TextField
                label="The name you used by mistake"
                hint="So a draft never repeats it."
                optional
                {...field(`slips.${index}.saidInstead`, OPTIONAL_TEXT)}
              />
            ) : null}
            <ChoiceField
              legend="Did the interviewer notice?"
              choices={NOTICED}
              {...field(`slips.${index}.noticed`)}
            />
            <CheckboxField
              label="I already apologised for it during the interview"
              {...field(`slips.${index}.apologisedInPerson`)}
            />
            <TextField
              label="Words for the employer to read"
              hint="One sentence your thank-you may use as you write it, if they surely noticed, for example “I'm sorry I took a call during our conversation.” Leave blank and the draft uses a plain line of its own."
              optional
              {...field(`slips.${index}.forEmployer`, OPTIONAL_TEXT)}
            />
          </>
        )}
      />
    </StepForm>
  );
}
