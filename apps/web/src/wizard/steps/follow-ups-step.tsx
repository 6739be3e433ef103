import { DebriefSchema } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { DateTimeField } from "../../ui/datetime-field";
import { isoWithOffset } from "../../ui/datetime";
import { SelectField } from "../../ui/select-field";
import { FOLLOW_UP_CHANNEL } from "../choices";
import { bindControlledField, bindField } from "../bind-field";
import { RepeatableList } from "../repeatable-list";
import { useEntryList } from "../use-entry-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({ followUps: DebriefSchema.shape.followUps });

export function FollowUpsStep() {
  const form = useStepForm(schema, (draft) => ({ followUps: draft.followUps ?? [] }));
  const entries = useEntryList(form, "followUps");
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Have you written to them or called since the interview? A thank-you counts: the plan never
          has you send a second one, and one unanswered follow-up is the limit.
        </p>
      }
    >
      <RepeatableList
        noun="follow-up"
        ids={entries.ids}
        max={10}
        empty={<p>Not contacted them yet? That is normal: press Next.</p>}
        onAdd={() => {
          const now = new Date();
          now.setSeconds(0, 0);
          entries.append({ sentAt: isoWithOffset(now), channel: "email", answered: false });
        }}
        onRemove={entries.remove}
        error={entries.error}
        render={(index) => (
          <>
            <DateTimeField
              label="When did you send it?"
              {...controlledField(`followUps.${index}.sentAt`)}
            />
            <SelectField
              label="How?"
              choices={FOLLOW_UP_CHANNEL}
              {...field(`followUps.${index}.channel`)}
            />
            <CheckboxField label="They answered" {...field(`followUps.${index}.answered`)} />
          </>
        )}
      />
    </StepForm>
  );
}
