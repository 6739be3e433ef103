import { type AgencyCopy, AgencyCopySchema } from "@rebound/core";
import { type SubmitEvent, useState } from "react";
import { FieldFrame } from "../ui/field";
import type { SaveAgency } from "./agency";
import { issuesByField } from "./issues-by-field";
import { SaveStatus } from "./save-status";
import { useSave } from "./use-save";

type Draft = {
  title: string;
  intro: string;
  launcherLabel: string;
  ctaLabel: string;
  ctaUrl: string;
};
type Field = keyof Draft;

const FIELDS: {
  field: Field;
  label: string;
  hint?: string;
  multiline?: boolean;
  optional?: boolean;
}[] = [
  { field: "title", label: "Widget title", hint: "Also the title of the pop-up dialog." },
  {
    field: "intro",
    label: "Introduction",
    hint: "A sentence or two above the first question.",
    multiline: true,
    optional: true,
  },
  {
    field: "launcherLabel",
    label: "Floating button label",
    hint: "The text on the floating button, e.g. “Interview coach”.",
  },
  {
    field: "ctaLabel",
    label: "Call-to-action button label",
    hint: "Shown at the end, e.g. “Book a call with us”.",
    optional: true,
  },
  { field: "ctaUrl", label: "Call-to-action link", hint: "An https:// address.", optional: true },
];

interface CopyFormProps {
  copy: AgencyCopy;
  save: SaveAgency;
  /** The wording as typed, whenever it is valid: drives the live preview. */
  onDraft?: (copy: AgencyCopy) => void;
}

const parseDraft = (draft: Draft) =>
  AgencyCopySchema.safeParse({
    ...draft,
    ctaUrl: draft.ctaUrl.trim() === "" ? undefined : draft.ctaUrl.trim(),
  });

/** The words around the widget and the one call to action at its end. */
export function CopyForm({ copy, save, onDraft }: CopyFormProps) {
  const [draft, setDraft] = useState<Draft>({ ...copy, ctaUrl: copy.ctaUrl ?? "" });
  const [errors, setErrors] = useState<Partial<Record<Field | "form", string>>>({});
  const saving = useSave(save);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseDraft(draft);
    const found: Partial<Record<Field | "form", string>> = parsed.success
      ? {}
      : issuesByField(parsed.error);
    if (parsed.success && (parsed.data.ctaLabel === "") !== (parsed.data.ctaUrl === undefined)) {
      found[parsed.data.ctaLabel === "" ? "ctaLabel" : "ctaUrl"] =
        "A call to action needs both a label and a link (or neither).";
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    await saving.run({ copy: parsed.data });
  };

  return (
    <form className="rb-dash__form" noValidate onSubmit={(event) => void submit(event)}>
      {FIELDS.map(({ field, label, hint, multiline, optional }) => (
        <FieldFrame key={field} label={label} hint={hint} optional={optional} error={errors[field]}>
          {({ inputId, describedBy, invalid }) => {
            const common = {
              id: inputId,
              className: "rb-input",
              value: draft[field],
              "aria-describedby": describedBy,
              "aria-invalid": invalid || undefined,
            };
            const onChange = (value: string) => {
              const next = { ...draft, [field]: value };
              setDraft(next);
              saving.reset();
              const valid = parseDraft(next);
              if (valid.success) onDraft?.(valid.data);
            };
            return multiline ? (
              <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
            ) : (
              <input
                {...common}
                type={field === "ctaUrl" ? "url" : "text"}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          }}
        </FieldFrame>
      ))}
      <button type="submit" className="rb-button" disabled={saving.state.kind === "saving"}>
        Save wording
      </button>
      <SaveStatus state={saving.state} />
    </form>
  );
}
