import type { Tone } from "@rebound/core";
import type { JSX } from "react";

const TONES: readonly { value: Tone; label: string; hint: string }[] = [
  { value: "warm", label: "Warm", hint: "friendly and personal" },
  { value: "formal", label: "Formal", hint: "for a formal organisation" },
];

/** Formal or warm wording for every draft at once. */
export function ToneSwitch({
  tone,
  onChange,
}: {
  tone: Tone;
  onChange: (tone: Tone) => void;
}): JSX.Element {
  return (
    <fieldset className="rb-tone-switch rb-no-print">
      <legend>Tone of the drafts</legend>
      {TONES.map((option) => (
        <label key={option.value} className="rb-tone-switch__option">
          <input
            type="radio"
            name="rb-draft-tone"
            value={option.value}
            checked={tone === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span className="rb-tone-switch__label">{option.label}</span>{" "}
            <span className="rb-tone-switch__hint">({option.hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
