import type { JSX } from "react";

export interface Bar {
  key: string;
  label: string;
  /** 0..1 of the bar's full width. */
  fraction: number;
  /** What the bar means, in words: the value a screen reader hears and everyone can read. */
  valueText: string;
}

/** A small bar chart as a list: CSS bars for the eye, text values for everyone. */
export function BarList({ label, bars }: { label: string; bars: readonly Bar[] }): JSX.Element {
  return (
    <ul className="rb-bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className="rb-bars__row">
          <span className="rb-bars__label">{bar.label}</span>
          <span className="rb-bars__track" aria-hidden="true">
            <span
              className="rb-bars__fill"
              style={{ width: `${Math.round(Math.min(1, Math.max(0, bar.fraction)) * 100)}%` }}
            />
          </span>
          <span className="rb-bars__value">{bar.valueText}</span>
        </li>
      ))}
    </ul>
  );
}
