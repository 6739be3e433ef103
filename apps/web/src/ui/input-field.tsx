import type { InputHTMLAttributes, Ref } from "react";
import { FieldFrame, type FieldFrameProps } from "./field";

interface InputFieldProps
  extends
    Omit<FieldFrameProps, "children">,
    Omit<
      InputHTMLAttributes<HTMLInputElement>,
      "id" | "className" | "children" | "aria-describedby" | "aria-invalid"
    > {
  ref?: Ref<HTMLInputElement>;
}

/**
 * A one-line input in its labelled frame. Every other input prop (a registration, or `value` and
 * `onChange`) goes to the input.
 */
export function InputField({ label, hint, error, optional, ...input }: InputFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} optional={optional}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="rb-input"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...input}
        />
      )}
    </FieldFrame>
  );
}
