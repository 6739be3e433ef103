import { type ReactNode, useId } from "react";
import "./field.css";

export interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  children: (ids: {
    inputId: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
}

/** Label, hint and inline error around one control, wired with ids for assistive technology. */
export function FieldFrame({ label, hint, error, optional, children }: FieldFrameProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="rb-field">
      <label className="rb-field__label" htmlFor={inputId}>
        {label}
        {optional ? <span className="rb-field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="rb-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({
  id,
  message,
}: {
  id?: string | undefined;
  message?: string | undefined;
}) {
  if (!message) return null;
  return (
    <p className="rb-field__error" id={id}>
      {message}
    </p>
  );
}
