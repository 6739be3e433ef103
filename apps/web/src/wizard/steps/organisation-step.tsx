import { LIMITS, OrganisationSchema } from "@rebound/core";
import { z } from "zod";
import { CheckboxField } from "../../ui/checkbox-field";
import { ChoiceField, YES_NO_UNKNOWN } from "../../ui/choice-field";
import { NotesField } from "../../ui/notes-field";
import { TextField } from "../../ui/text-field";
import { ORGANISATION_SIZE } from "../choices";
import { OPTIONAL_TEXT } from "../optional-text";
import { bindControlledField, bindField } from "../bind-field";
import { StepForm } from "../step-form";
import { useStepForm } from "../use-step-form";
import { useCurrentDebrief } from "../../state/current-debrief";
import { stageOf } from "../stage";

const schema = z.object({ organisation: OrganisationSchema });

export function OrganisationStep() {
  const { draft: answers } = useCurrentDebrief();
  const form = useStepForm(schema, (draft) => ({
    organisation: {
      name: draft.organisation?.name ?? "",
      role: draft.organisation?.role,
      size: draft.organisation?.size ?? "unknown",
      formal: draft.organisation?.formal ?? "unknown",
      viaRecruiter: draft.organisation?.viaRecruiter ?? false,
      values: draft.organisation?.values ?? [],
    },
  }));
  const field = bindField(form);
  const controlledField = bindControlledField(form);
  // Size and formality only decide a handwritten note, which is for a candidate still waiting.
  const active = stageOf(answers) === "active";
  return (
    <StepForm
      form={form}
      intro={
        <p>
          {active
            ? "The organisation decides the channel: email, a handwritten note, or both."
            : "Who your messages are written to."}
        </p>
      }
    >
      <TextField
        label="Organisation name"
        autoComplete="organization"
        {...field("organisation.name")}
      />
      <TextField
        label="The role you interviewed for"
        optional
        {...field("organisation.role", OPTIONAL_TEXT)}
      />
      {active ? (
        <>
          <ChoiceField
            legend="How big is it?"
            choices={ORGANISATION_SIZE}
            {...field("organisation.size")}
          />
          <ChoiceField
            legend="Is it a formal kind of business?"
            hint="For example a law firm, a library or local government."
            choices={YES_NO_UNKNOWN}
            {...field("organisation.formal")}
          />
        </>
      ) : null}
      <CheckboxField
        label="My contact is a recruiter or an agency, not the employer"
        {...field("organisation.viaRecruiter")}
      />
      <NotesField
        label="What does the organisation value, as you see it?"
        hint="One per line, up to five: a message can echo them."
        maxItems={LIMITS.valueItems}
        {...controlledField("organisation.values")}
      />
    </StepForm>
  );
}
