import { type ReactNode, useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "./field";

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceFieldProps {
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice[];
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}

/** A radio group in a fieldset: every choice visible at once, which is kinder on a phone than a menu. */
export function ChoiceField({ legend, hint, choices, registration, error }: ChoiceFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className="rb-field rb-choices"
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className="rb-field__label">{legend}</legend>
      {hint ? (
        <p className="rb-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="rb-choices__options">
        {choices.map((choice) => (
          <label key={choice.value} className="rb-choice">
            <input type="radio" value={choice.value} {...registration} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** The three-way answer used across the debrief, with an honest "Don't know". */
export const YES_NO_UNKNOWN: readonly Choice[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "Don’t know" },
];
