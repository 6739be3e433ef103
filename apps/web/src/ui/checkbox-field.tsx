import { type ReactNode, useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

interface CheckboxFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  registration: UseFormRegisterReturn;
}

export function CheckboxField({ label, hint, registration }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="rb-field rb-checkbox">
      <input
        id={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...registration}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="rb-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
