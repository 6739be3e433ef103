import { LIMITS } from "@rebound/core";
import { useId, useState } from "react";
import { type Control, type FieldValues, type Path, useController } from "react-hook-form";
import { FieldFrame } from "./field";
import { LimitStatus } from "./limit-status";
import { limitAnnouncement, noteLines, noteLinesSummary } from "./text-limit";

interface NotesFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** How many items core's schema allows for this list. */
  maxItems?: number;
}

const MAX_LENGTH = LIMITS.short;

/**
 * A short list typed one item per line. The textarea keeps exactly what was typed (blank
 * lines included, so Enter works naturally); the form gets the non-empty lines. A line past the
 * list's capacity is refused with a message rather than accepted and dropped later, and a counter
 * says how long the longest line is before the schema says it is too long.
 */
export function NotesField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  error,
  maxItems = LIMITS.listItems,
}: NotesFieldProps<T>) {
  const { field } = useController({ control, name });
  const countId = useId();
  const initial: unknown = field.value;
  const [text, setText] = useState(() =>
    Array.isArray(initial) ? initial.map(String).join("\n") : "",
  );
  const [refused, setRefused] = useState(false);
  const state = noteLines(text, MAX_LENGTH, maxItems);
  const full = `This list holds ${String(maxItems)}. To add another, combine two lines or remove one.`;
  const announced = refused
    ? full
    : limitAnnouncement(state.level, MAX_LENGTH, "A line") ||
      (state.full ? `That is ${String(maxItems)} lines, the most this list holds.` : "");
  return (
    <FieldFrame
      label={label}
      hint={hint ?? `One per line, up to ${String(maxItems)}.`}
      error={error ?? (refused ? full : undefined)}
      optional
    >
      {({ inputId, describedBy, invalid }) => (
        <>
          <textarea
            id={inputId}
            ref={field.ref}
            name={field.name}
            className="rb-input"
            rows={3}
            value={text}
            onChange={(event) => {
              const next = noteLines(event.target.value, MAX_LENGTH, maxItems);
              // Refused, not truncated: what is already there stays, and the message says why.
              if (next.lines.length > maxItems) {
                setRefused(true);
                return;
              }
              setRefused(false);
              setText(event.target.value);
              field.onChange(next.lines);
            }}
            onBlur={() => {
              setRefused(false);
              field.onBlur();
            }}
            aria-describedby={[describedBy, countId].filter(Boolean).join(" ")}
            aria-invalid={invalid || state.level === "over" || undefined}
          />
          <LimitStatus
            id={countId}
            level={state.level}
            shown={noteLinesSummary(state, MAX_LENGTH, maxItems)}
            announced={announced}
          />
        </>
      )}
    </FieldFrame>
  );
}
