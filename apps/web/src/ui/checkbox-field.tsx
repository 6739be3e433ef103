import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Checkbox } from "./checkbox";

interface CheckboxFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}

/** A checkbox registered with react-hook-form. */
export function CheckboxField({ label, hint, error, registration }: CheckboxFieldProps) {
  return <Checkbox label={label} hint={hint} error={error} {...registration} />;
}
