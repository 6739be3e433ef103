import type { HTMLInputTypeAttribute } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldFrame, type FieldFrameProps } from "./field";
import { InputField } from "./input-field";

interface TextFieldProps extends Omit<FieldFrameProps, "children"> {
  registration: UseFormRegisterReturn;
  type?: HTMLInputTypeAttribute;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
}

/** A labelled text input or textarea registered with react-hook-form. */
export function TextField({
  registration,
  type = "text",
  multiline,
  autoComplete,
  inputMode,
  ...frame
}: TextFieldProps) {
  if (!multiline) {
    return (
      <InputField
        {...frame}
        type={type}
        autoComplete={autoComplete ?? "off"}
        inputMode={inputMode}
        {...registration}
      />
    );
  }
  return (
    <FieldFrame {...frame}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          className="rb-input"
          rows={3}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...registration}
        />
      )}
    </FieldFrame>
  );
}
