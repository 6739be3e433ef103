import { formatDate } from "../ui/format-date";
import { type SubmitEvent, useId, useState } from "react";
import type { DashboardApi, RolledKey } from "./dashboard-api";
import { OneTimeSecret } from "./one-time-secret";
import { ActionStatus, useAction } from "./use-action";

const OVERLAPS = [
  { minutes: 0, label: "Stops working at once" },
  { minutes: 60, label: "Keeps working for 1 hour" },
  { minutes: 1440, label: "Keeps working for 24 hours" },
  { minutes: 10_080, label: "Keeps working for 7 days" },
] as const;

/**
 * Roll the secret key: a new one, shown once, and the old one revoked now or after a chosen
 * overlap (time to update the systems that use it). Two steps, so a stray click changes nothing.
 */
export function SecretKeyPanel({ api }: { api: Pick<DashboardApi, "rollSecretKey"> }) {
  const [overlap, setOverlap] = useState<number>(0);
  const [confirming, setConfirming] = useState(false);
  const [rolled, setRolled] = useState<RolledKey | null>(null);
  const action = useAction();
  const selectId = useId();
  const chosen = OVERLAPS.find((option) => option.minutes === overlap) ?? OVERLAPS[0];

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = await action.run(
      () => api.rollSecretKey(overlap),
      "Rolled. Other dashboard sessions were signed out.",
      "The key was not rolled: something went wrong. Try again.",
    );
    if (result) setRolled(result);
  };

  return (
    <form className="rb-dash__form" noValidate onSubmit={(event) => void submit(event)}>
      <p>
        Your secret key signs in here and authorises your API calls. If it is lost or may have
        leaked, roll it: you get a new key, and the old one stops working.
      </p>
      <div className="rb-field">
        <label className="rb-field__label" htmlFor={selectId}>
          The old key
        </label>
        <select
          id={selectId}
          className="rb-input"
          value={overlap}
          onChange={(event) => {
            setOverlap(Number(event.target.value));
            setConfirming(false);
          }}
        >
          {OVERLAPS.map((option) => (
            <option key={option.minutes} value={option.minutes}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {confirming ? (
        <p className="rb-notice" role="alert">
          Roll the key now? The old key {chosen.label.toLowerCase()}: anything still using it will
          get “not valid” then.
        </p>
      ) : null}
      <div className="rb-dash__buttons">
        <button type="submit" className="rb-button" disabled={action.busy}>
          {confirming ? "Yes, roll the secret key" : "Roll the secret key"}
        </button>
        {confirming ? (
          <button
            type="button"
            className="rb-button rb-button--secondary"
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        ) : null}
      </div>
      <ActionStatus state={action.state} />
      {rolled ? (
        <OneTimeSecret
          label="Your new secret key"
          value={rolled.secretKey}
          note={
            rolled.previousKeyExpiresAt
              ? `The old key works until ${formatDate(rolled.previousKeyExpiresAt, "stamp")}.`
              : "The old key no longer works."
          }
        />
      ) : null}
    </form>
  );
}
