import { type HTMLInputTypeAttribute, useEffect, useId, useRef, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldFrame, type FieldFrameProps } from "./field";
import { InputField } from "./input-field";
import { LimitStatus } from "./limit-status";
import { charactersOf, limitAnnouncement, limitLevel } from "./text-limit";

interface TextFieldProps extends Omit<FieldFrameProps, "children"> {
  registration: UseFormRegisterReturn;
  type?: HTMLInputTypeAttribute;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
  /** Core's limit for a multiline answer: a counter shows it (core's `LIMITS`). */
  maxLength?: number;
}

/** A labelled text input or textarea registered with react-hook-form. */
export function TextField({
  registration,
  type = "text",
  multiline,
  autoComplete,
  inputMode,
  maxLength,
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
  return <LongTextField registration={registration} maxLength={maxLength} {...frame} />;
}

/** A textarea, with a character counter when its answer has a limit. */
function LongTextField({
  registration,
  maxLength,
  ...frame
}: Omit<TextFieldProps, "type" | "multiline" | "autoComplete" | "inputMode">) {
  const countId = useId();
  const element = useRef<HTMLTextAreaElement | null>(null);
  const [length, setLength] = useState(0);
  // The form seeds the textarea itself (it is registered, not controlled): read what it holds.
  useEffect(() => setLength(element.current?.value.trim().length ?? 0), []);
  const level = maxLength === undefined ? "ok" : limitLevel(length, maxLength);
  return (
    <FieldFrame {...frame}>
      {({ inputId, describedBy, invalid }) => (
        <>
          <textarea
            id={inputId}
            className="rb-input"
            rows={3}
            aria-describedby={
              [describedBy, maxLength === undefined ? undefined : countId]
                .filter(Boolean)
                .join(" ") || undefined
            }
            aria-invalid={invalid || level === "over" || undefined}
            {...registration}
            ref={(node) => {
              element.current = node;
              registration.ref(node);
            }}
            onChange={(event) => {
              setLength(event.target.value.trim().length);
              void registration.onChange(event);
            }}
          />
          {maxLength === undefined ? null : (
            <LimitStatus
              id={countId}
              level={level}
              shown={charactersOf(length, maxLength)}
              announced={limitAnnouncement(level, maxLength, "Your answer")}
            />
          )}
        </>
      )}
    </FieldFrame>
  );
}
