import { type Control, type FieldValues, type Path, useController } from "react-hook-form";
import { fromLocalInputValue, toLocalInputValue } from "./datetime";
import { FieldFrame } from "./field";

interface DateTimeFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/**
 * A native date-and-time picker. The form holds ISO 8601 with the person's offset
 * (what core validates); the input shows local time.
 */
export function DateTimeField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  error,
}: DateTimeFieldProps<T>) {
  const { field } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          ref={field.ref}
          name={field.name}
          className="rb-input"
          type="datetime-local"
          value={toLocalInputValue(typeof value === "string" ? value : undefined)}
          onChange={(event) => field.onChange(fromLocalInputValue(event.target.value))}
          onBlur={field.onBlur}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FieldFrame>
  );
}
