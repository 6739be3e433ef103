import { type WidgetMode, WidgetModesSchema } from "@rebound/core";
import { type SubmitEvent, useId, useState } from "react";
import { CheckboxToggle } from "../ui/checkbox-toggle";
import { FieldError } from "../ui/field";
import type { SaveAgency } from "./agency";
import { SaveStatus } from "./save-status";
import { useSave } from "./use-save";

const MODES: { mode: WidgetMode; label: string; hint: string }[] = [
  { mode: "inline", label: "Inline", hint: "The coach sits inside a box on your page." },
  {
    mode: "popup",
    label: "Pop-up",
    hint: "A button or link on your page opens the coach in a dialog.",
  },
  {
    mode: "floatingButton",
    label: "Floating button",
    hint: "A round button in the corner of every page opens it.",
  },
];

/** Which ways of showing the widget this agency allows. */
export function ModesForm({ modes, save }: { modes: readonly WidgetMode[]; save: SaveAgency }) {
  const [chosen, setChosen] = useState<WidgetMode[]>([...modes]);
  const [error, setError] = useState<string | undefined>();
  const saving = useSave(save);
  const id = useId();

  const toggle = (mode: WidgetMode, on: boolean) => {
    setChosen((previous) =>
      on
        ? MODES.map((m) => m.mode).filter((m) => m === mode || previous.includes(m))
        : previous.filter((m) => m !== mode),
    );
    saving.reset();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = WidgetModesSchema.safeParse(chosen);
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (!parsed.success) return;
    await saving.run({ modes: parsed.data });
  };

  return (
    <form className="rb-dash__form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>Ways to show the widget</legend>
        {MODES.map(({ mode, label, hint }) => (
          <CheckboxToggle
            key={mode}
            label={label}
            hint={hint}
            checked={chosen.includes(mode)}
            onChange={(on) => toggle(mode, on)}
          />
        ))}
        <FieldError id={`${id}-error`} message={error} />
      </fieldset>
      <button type="submit" className="rb-button" disabled={saving.state.kind === "saving"}>
        Save modes
      </button>
      <SaveStatus state={saving.state} />
    </form>
  );
}
