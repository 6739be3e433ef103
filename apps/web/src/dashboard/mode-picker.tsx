import type { WidgetMode } from "@rebound/core";
import { useId } from "react";

export const MODE_LABELS: Record<WidgetMode, string> = {
  inline: "Inline",
  popup: "Pop-up",
  floatingButton: "Floating button",
};

const ORDER: WidgetMode[] = ["inline", "popup", "floatingButton"];

/** A row of radio buttons, one per display mode: for the snippet and for the preview. */
export function ModePicker({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: WidgetMode;
  onChange: (mode: WidgetMode) => void;
}) {
  const name = useId();
  return (
    <fieldset className="rb-dash__modes">
      <legend>{legend}</legend>
      {ORDER.map((mode) => (
        <label key={mode} className="rb-dash__mode">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
          />
          {MODE_LABELS[mode]}
        </label>
      ))}
    </fieldset>
  );
}
