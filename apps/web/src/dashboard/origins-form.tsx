import { AllowedOriginsSchema } from "@rebound/core";
import { type SubmitEvent, useState } from "react";
import { InputField } from "../ui/input-field";
import type { SaveAgency } from "./agency";
import { issuesByField } from "./issues-by-field";
import { SaveStatus } from "./save-status";
import { useSave } from "./use-save";

const MAX_ORIGINS = 20;

/** The sites allowed to show the widget: the server sends them as the frame's `frame-ancestors`. */
export function OriginsForm({ origins, save }: { origins: readonly string[]; save: SaveAgency }) {
  const [rows, setRows] = useState<string[]>(() => (origins.length > 0 ? [...origins] : [""]));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const saving = useSave(save);

  const change = (index: number, value: string) => {
    setRows((previous) => previous.map((row, i) => (i === index ? value : row)));
    saving.reset();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const list = rows.map((row) => row.trim()).filter((row) => row !== "");
    const parsed = AllowedOriginsSchema.safeParse(list);
    const found = parsed.success ? {} : issuesByField(parsed.error);
    if (new Set(list).size !== list.length) found.form = "Each site is listed once.";
    // Map errors back to the rows as typed (blank rows were dropped before checking).
    const byRow: Record<string, string> = {};
    let listIndex = 0;
    rows.forEach((row, index) => {
      if (row.trim() === "") return;
      const message = found[String(listIndex)];
      if (message) byRow[String(index)] = message;
      listIndex += 1;
    });
    if (found.form) byRow.form = found.form;
    setErrors(byRow);
    if (Object.keys(byRow).length > 0 || !parsed.success) return;
    setRows(list.length > 0 ? list : [""]);
    await saving.run({ origins: parsed.data });
  };

  return (
    <form className="rb-dash__form" noValidate onSubmit={(event) => void submit(event)}>
      <p className="rb-muted">
        The widget only opens on these sites. Write each as an origin, such as
        https://careers.example.com (no path). To try it on your own computer, add
        http://localhost:PORT or http://127.0.0.1:PORT with your development server’s port (they are
        different sites: add the one you open).
      </p>
      <ul className="rb-dash__rows">
        {rows.map((row, index) => (
          // Rows have no identity beyond their place in the list; the inputs are controlled, so values follow.
          <li key={index} className="rb-dash__row">
            <InputField
              label={`Site ${String(index + 1)}`}
              error={errors[String(index)]}
              type="url"
              inputMode="url"
              spellCheck={false}
              placeholder="https://careers.example.com"
              value={row}
              onChange={(event) => change(index, event.target.value)}
            />
            <button
              type="button"
              className="rb-button rb-button--quiet"
              aria-label={`Remove site ${String(index + 1)}`}
              onClick={() =>
                setRows((previous) =>
                  previous.length > 1 ? previous.filter((_, i) => i !== index) : [""],
                )
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {errors.form ? <p className="rb-error-text">{errors.form}</p> : null}
      <div className="rb-dash__buttons">
        <button
          type="button"
          className="rb-button rb-button--secondary"
          disabled={rows.length >= MAX_ORIGINS}
          onClick={() => setRows((previous) => [...previous, ""])}
        >
          Add a site
        </button>
        <button type="submit" className="rb-button" disabled={saving.state.kind === "saving"}>
          Save sites
        </button>
      </div>
      <SaveStatus state={saving.state} />
    </form>
  );
}
