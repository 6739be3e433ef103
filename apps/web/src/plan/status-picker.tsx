import { type CandidacyStatus, CandidacyStatusSchema } from "@rebound/core";
import { useId } from "react";
import { STATUS } from "../wizard/choices";

/** "They said no" or "they made an offer" later on: the plan is chosen again for the new situation. */
export function StatusPicker({
  status,
  onChange,
}: {
  status: CandidacyStatus;
  onChange: (status: CandidacyStatus) => void;
}) {
  const id = useId();
  return (
    <div className="rb-field rb-status-picker">
      <label className="rb-field__label" htmlFor={id}>
        Where things stand now
      </label>
      <p className="rb-field__hint" id={`${id}-hint`}>
        Heard back? Change this and the plan adapts.
      </p>
      <select
        id={id}
        className="rb-input"
        aria-describedby={`${id}-hint`}
        value={status}
        onChange={(event) => {
          const parsed = CandidacyStatusSchema.safeParse(event.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {STATUS.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
