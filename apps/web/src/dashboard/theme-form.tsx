import { type ThemeTokens, ThemeTokensSchema, WIDGET_FONTS } from "@rebound/core";
import { type SubmitEvent, useMemo, useState } from "react";
import { FieldFrame } from "../ui/field";
import { InputField } from "../ui/input-field";
import type { SaveAgency } from "./agency";
import { contrastWarnings } from "./contrast-warnings";
import { issuesByField } from "./issues-by-field";
import { SaveStatus } from "./save-status";
import { useSave } from "./use-save";

type ColourToken = "colorPrimary" | "colorBackground" | "colorText" | "colorMuted";
type Draft = Record<ColourToken, string> & { borderRadius: string; fontFamily: string };

const COLOURS: { token: ColourToken; label: string }[] = [
  { token: "colorPrimary", label: "Primary colour (buttons, links)" },
  { token: "colorBackground", label: "Background colour" },
  { token: "colorText", label: "Text colour" },
  { token: "colorMuted", label: "Muted text colour" },
];

const toDraft = (theme: ThemeTokens): Draft => ({
  ...theme,
  borderRadius: String(theme.borderRadius),
});

/** `<input type="color">` only speaks #rrggbb. */
const sixDigits = (hex: string) =>
  /^#[0-9a-f]{3}$/i.test(hex) ? `#${hex.slice(1).replace(/./g, "$&$&")}` : hex;

interface ThemeFormProps {
  theme: ThemeTokens;
  save: SaveAgency;
  /** The theme as typed, whenever it is valid: drives the live preview. */
  onDraft: (theme: ThemeTokens) => void;
}

/** Stripe-style appearance tokens, checked by core's schema as the agency types. */
export function ThemeForm({ theme, save, onDraft }: ThemeFormProps) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(theme));
  const saving = useSave(save);
  const parsed = useMemo(
    () =>
      ThemeTokensSchema.safeParse({
        ...draft,
        borderRadius: draft.borderRadius === "" ? undefined : Number(draft.borderRadius),
      }),
    [draft],
  );
  const errors = parsed.success ? {} : issuesByField(parsed.error);
  const [showErrors, setShowErrors] = useState(false);

  const change = (field: keyof Draft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    saving.reset();
    const valid = ThemeTokensSchema.safeParse({ ...next, borderRadius: Number(next.borderRadius) });
    if (valid.success) onDraft(valid.data);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    if (!parsed.success) return;
    await saving.run({ theme: parsed.data });
  };

  const errorFor = (field: keyof Draft) =>
    showErrors || draft[field] !== "" ? errors[field] : undefined;

  return (
    <form className="rb-dash__form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="rb-dash__grid">
        {COLOURS.map(({ token, label }) => (
          <FieldFrame
            key={token}
            label={label}
            hint="A hex colour such as #1a73e8."
            error={errorFor(token)}
          >
            {({ inputId, describedBy, invalid }) => (
              <span className="rb-dash__colour">
                <input
                  id={inputId}
                  className="rb-input"
                  spellCheck={false}
                  value={draft[token]}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  onChange={(event) => change(token, event.target.value.trim())}
                />
                <input
                  type="color"
                  aria-label={`Pick the ${label.toLowerCase()}`}
                  value={sixDigits(errors[token] ? "#000000" : draft[token])}
                  onChange={(event) => change(token, event.target.value)}
                />
              </span>
            )}
          </FieldFrame>
        ))}
        <InputField
          label="Corner radius (pixels, 0 to 24)"
          error={errorFor("borderRadius")}
          type="number"
          min={0}
          max={24}
          step={1}
          value={draft.borderRadius}
          onChange={(event) => change("borderRadius", event.target.value)}
        />
        <FieldFrame label="Font" error={errorFor("fontFamily")}>
          {({ inputId, describedBy }) => (
            <select
              id={inputId}
              className="rb-input"
              value={draft.fontFamily}
              aria-describedby={describedBy}
              onChange={(event) => change("fontFamily", event.target.value)}
            >
              {WIDGET_FONTS.map((font) => (
                <option key={font} value={font}>
                  {font}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </div>
      {parsed.success
        ? contrastWarnings(parsed.data).map((warning) => (
            <p key={warning} className="rb-notice">
              {warning}
            </p>
          ))
        : null}
      <button type="submit" className="rb-button" disabled={saving.state.kind === "saving"}>
        Save appearance
      </button>
      <SaveStatus state={saving.state} />
    </form>
  );
}
