import { useEffect, useState } from "react";
import { applyUpdate, useUpdateState } from "./update-state";
import "./update-prompt.css";

const MESSAGE = {
  waiting: "A new version of Rebound is ready.",
  "applied-elsewhere": "Rebound was updated in another tab.",
} as const;

/**
 * "A new version is ready — Reload", announced politely and never forced: the page only
 * reloads when the person presses Reload (their answers are saved on every change).
 * The live region is always in the page so screen readers hear the message when it appears.
 */
export function UpdatePrompt() {
  const state = useUpdateState();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const shown = state !== "none" && dismissed !== state;
  // Room at the page's foot, so the pinned notice never hides the last button (Next, Copy).
  useEffect(() => {
    document.body.classList.toggle("rb-has-update", shown);
  }, [shown]);
  return (
    <div className="rb-update" role="status">
      {shown ? (
        <div className="rb-update__box">
          <p className="rb-update__text">{MESSAGE[state]} Reload to use it.</p>
          <div className="rb-update__actions">
            <button type="button" className="rb-button" onClick={applyUpdate}>
              Reload
            </button>
            <button
              type="button"
              className="rb-button rb-button--secondary"
              onClick={() => setDismissed(state)}
            >
              Not now
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
