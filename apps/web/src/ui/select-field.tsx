import type { UseFormRegisterReturn } from "react-hook-form";
import type { Choice } from "./choice-field";
import { FieldFrame, type FieldFrameProps } from "./field";

interface SelectFieldProps extends Omit<FieldFrameProps, "children"> {
  choices: readonly Choice[];
  registration: UseFormRegisterReturn;
}

export function SelectField({ choices, registration, ...frame }: SelectFieldProps) {
  return (
    <FieldFrame {...frame}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          className="rb-input"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...registration}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
