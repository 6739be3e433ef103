import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from "react";
import { FieldError } from "./field";

interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "type" | "aria-describedby" | "aria-invalid"
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A checkbox beside its label, with an optional hint and inline error wired for assistive
 * technology. Every other input prop (a registration, or `checked` and `onChange`) goes to the box.
 */
export function Checkbox({ label, hint, error, ...input }: CheckboxProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="rb-field rb-checkbox">
      <input
        id={id}
        type="checkbox"
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="rb-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
