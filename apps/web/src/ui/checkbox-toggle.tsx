import type { ReactNode } from "react";
import { Checkbox } from "./checkbox";

interface CheckboxToggleProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox that is not a form field: switches a section on, or records a fact at once. */
export function CheckboxToggle({ checked, onChange, ...shown }: CheckboxToggleProps) {
  return (
    <Checkbox {...shown} checked={checked} onChange={(event) => onChange(event.target.checked)} />
  );
}
