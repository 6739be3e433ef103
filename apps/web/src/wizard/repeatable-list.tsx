import { type ReactNode, useRef } from "react";
import { FieldError } from "../ui/field";

interface RepeatableListProps {
  /** Singular, lower case: "slip-up", "interviewer". */
  noun: string;
  /** Stable ids of the entries (useFieldArray's `fields[i].id`). */
  ids: readonly string[];
  max: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
  render: (index: number) => ReactNode;
  error?: string | undefined;
  empty?: ReactNode;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const withArticle = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);

/** Entries a person can add and remove (slip-ups, interviewers…), each in its own labelled group. */
export function RepeatableList({
  noun,
  ids,
  max,
  onAdd,
  onRemove,
  render,
  error,
  empty,
}: RepeatableListProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="rb-repeatable">
      {ids.length === 0 && empty ? <div className="rb-muted">{empty}</div> : null}
      {ids.map((id, index) => (
        <fieldset key={id} className="rb-repeatable__entry">
          <legend>
            {capitalise(noun)} {index + 1}
          </legend>
          {render(index)}
          <button
            type="button"
            className="rb-button rb-button--quiet"
            onClick={() => {
              onRemove(index);
              addButton.current?.focus();
            }}
          >
            Remove {noun} {index + 1}
          </button>
        </fieldset>
      ))}
      <FieldError message={error} />
      {ids.length < max ? (
        <button
          ref={addButton}
          type="button"
          className="rb-button rb-button--secondary"
          onClick={onAdd}
        >
          {ids.length === 0 ? `Add ${withArticle(noun)}` : `Add another ${noun}`}
        </button>
      ) : (
        <p className="rb-muted">That is the most this list holds.</p>
      )}
    </div>
  );
}
