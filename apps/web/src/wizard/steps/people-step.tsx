import { CandidateSchema, DebriefSchema, suggestedAddress, warmName } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { TextField } from "../../ui/text-field";
import { OPTIONAL_TEXT } from "../optional-text";
import { type BoundField, bindField } from "../bind-field";
import { RepeatableList } from "../repeatable-list";
import { useEntryList } from "../use-entry-list";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  interviewers: DebriefSchema.shape.interviewers,
  candidate: CandidateSchema,
});

interface AddressFieldProps extends BoundField {
  name: string | undefined;
  honorific: string | undefined;
  address: string | undefined;
}

/** How formal drafts greet this person, with the suggestion from the title and the name shown. */
function AddressField({ name, honorific, address, ...bound }: AddressFieldProps) {
  const person = { name: name ?? "", ...(honorific ? { honorific } : {}) };
  const known = person.name.trim() !== "";
  const suggestion = known ? suggestedAddress(person) : "";
  const first = known ? warmName({ ...person, ...(address ? { address } : {}) }) : "";
  return (
    <TextField
      label="How you address them in a formal letter"
      hint={
        known
          ? `Leave blank for “Dear ${suggestion}”. Warm drafts say “Hi ${first}”.`
          : "For example “Ms Álvarez” or “Dr Natarajan”."
      }
      optional
      {...bound}
    />
  );
}

export function PeopleStep() {
  const form = useStepForm(schema, (draft) => ({
    interviewers: draft.interviewers ?? [],
    candidate: { ...draft.candidate },
  }));
  const entries = useEntryList(form, "interviewers");
  const field = bindField(form);
  const { watch } = form;
  return (
    <StepForm
      form={form}
      intro={
        <p>
          Who interviewed you? Spell names exactly as they do: every draft uses them as you type
          them here.
        </p>
      }
    >
      <h2>The interviewers</h2>
      <RepeatableList
        noun="interviewer"
        ids={entries.ids}
        max={8}
        empty={<p>Add at least the person your messages should go to, if you know their name.</p>}
        onAdd={() => entries.append({ name: "", recipient: true })}
        onRemove={entries.remove}
        error={entries.error}
        render={(index) => (
          <>
            <TextField label="Name" {...field(`interviewers.${index}.name`)} />
            <TextField
              label="Honorific, such as Dr, Ms, Mr, Mx or Prof"
              hint="Only if you know which they use: we never guess."
              optional
              {...field(`interviewers.${index}.honorific`, OPTIONAL_TEXT)}
            />
            <AddressField
              name={watch(`interviewers.${index}.name`)}
              honorific={watch(`interviewers.${index}.honorific`)}
              address={watch(`interviewers.${index}.address`)}
              {...field(`interviewers.${index}.address`, OPTIONAL_TEXT)}
            />
            <TextField
              label="Job title"
              optional
              {...field(`interviewers.${index}.title`, OPTIONAL_TEXT)}
            />
            <TextField
              label="Email"
              type="email"
              inputMode="email"
              optional
              {...field(`interviewers.${index}.email`, OPTIONAL_TEXT)}
            />
            <CheckboxField
              label="Address my messages to this person"
              {...field(`interviewers.${index}.recipient`)}
            />
          </>
        )}
      />
      <h2>You</h2>
      <p className="rb-muted">Only used to sign your drafts. Leave blank if you prefer.</p>
      <TextField
        label="Your name"
        optional
        autoComplete="name"
        {...field("candidate.name", OPTIONAL_TEXT)}
      />
      <TextField
        label="Your email"
        type="email"
        inputMode="email"
        optional
        autoComplete="email"
        {...field("candidate.email", OPTIONAL_TEXT)}
      />
      <TextField
        label="Your phone number"
        type="tel"
        inputMode="tel"
        optional
        autoComplete="tel"
        {...field("candidate.phone", OPTIONAL_TEXT)}
      />
    </StepForm>
  );
}
