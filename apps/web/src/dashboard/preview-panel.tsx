import type { WidgetMode } from "@rebound/core";
import { useState } from "react";
import type { WidgetConfig } from "../embed/widget-config";
import { ModePicker } from "./mode-picker";
import { WidgetPreview } from "./widget-preview";

/** The live preview of unsaved appearance and wording, in the display mode the agency picks. */
export function PreviewPanel({ config }: { config: WidgetConfig }) {
  const [mode, setMode] = useState<WidgetMode>(config.modes[0] ?? "inline");
  return (
    <div className="rb-dash__preview">
      <p className="rb-field__label">Live preview</p>
      <ModePicker legend="Show it as" value={mode} onChange={setMode} />
      <WidgetPreview config={config} mode={mode} />
      <p className="rb-muted">
        {mode === "floatingButton"
          ? "Press the floating button to open the dialog."
          : "Unsaved changes show here as you type; nothing is sent from the preview."}
      </p>
    </div>
  );
}
