import { useState } from "react";
import { type Control, type FieldValues, type Path, useController } from "react-hook-form";
import { FieldFrame } from "./field";

interface NotesFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  error?: string | undefined;
}

const toLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * A short list typed one item per line. The textarea keeps exactly what was typed (blank
 * lines included, so Enter works naturally); the form gets the non-empty lines.
 */
export function NotesField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  error,
}: NotesFieldProps<T>) {
  const { field } = useController({ control, name });
  const initial: unknown = field.value;
  const [text, setText] = useState(() =>
    Array.isArray(initial) ? initial.map(String).join("\n") : "",
  );
  return (
    <FieldFrame label={label} hint={hint ?? "One per line."} error={error} optional>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          ref={field.ref}
          name={field.name}
          className="rb-input"
          rows={3}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            field.onChange(toLines(event.target.value));
          }}
          onBlur={field.onBlur}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FieldFrame>
  );
}
