import type { WidgetMode } from "@rebound/core";
import { useState } from "react";
import type { Agency } from "./agency";
import { CodeBlock } from "./code-block";
import { embedCode } from "./embed-code";
import { MODE_LABELS, ModePicker } from "./mode-picker";

const HOW: Record<WidgetMode, string> = {
  inline:
    "The coach appears where you paste the second line, as tall as its content. Put it in a page or a section of its own.",
  popup:
    "The button opens the coach in a dialog (full screen on a phone). It is your button: change its text and give it your own class and styles.",
  floatingButton:
    "A button in the bottom corner of every page opens the coach; it wears your primary colour and the label set under “Floating button label”.",
};

/** The snippet for the chosen mode, with the React equivalent; enabled modes first in mind. */
export function InstallPanel({ agency, origin }: { agency: Agency; origin: string }) {
  const [mode, setMode] = useState<WidgetMode>(agency.modes[0] ?? "inline");
  const code = embedCode(origin, agency.publishableKey, mode);
  const enabled = agency.modes.includes(mode);
  return (
    <>
      <p>Paste the snippet where the coach should appear. Your publishable key is safe to show.</p>
      <ModePicker legend="Display mode" value={mode} onChange={setMode} />
      <p>{HOW[mode]}</p>
      {enabled ? null : (
        <p className="rb-notice" role="status">
          {MODE_LABELS[mode]} is switched off under “Display modes”: switch it on there, or the
          widget will tell visitors it is not set up on your site.
        </p>
      )}
      <CodeBlock
        label={`Snippet (${MODE_LABELS[mode]})`}
        copyLabel="Copy the snippet"
        code={code.html}
      />
      {code.ownButton ? (
        <>
          <p>
            Already have a button or link? Give it <code>data-rebound-open</code> instead:
          </p>
          <CodeBlock
            label="Pop-up opened by your own button"
            copyLabel="Copy this version"
            code={code.ownButton}
          />
        </>
      ) : null}
      <CodeBlock
        label={`React (${MODE_LABELS[mode]})`}
        copyLabel="Copy the React code"
        code={code.react}
      />
      {mode === "inline" ? null : (
        <p className="rb-muted">
          Add <code>data-rebound-preload</code> (or <code>preload: true</code>) to load the coach in
          the background once your page has loaded: it then opens at once (under 0.1 s on a slow
          phone network instead of about 3 s), at the cost of about 140 KB for every visitor.
        </p>
      )}
    </>
  );
}
