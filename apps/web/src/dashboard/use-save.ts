import { useCallback, useState } from "react";
import { apiErrorMessage } from "../embed/api-client";
import type { AgencyPatch, SaveAgency } from "./agency";
import type { SaveState } from "./save-status";

/** Run one section's save and keep its status for the form to show. */
export function useSave(save: SaveAgency) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const run = useCallback(
    async (patch: AgencyPatch) => {
      setState({ kind: "saving" });
      try {
        await save(patch);
        setState({ kind: "saved" });
      } catch (error) {
        setState({
          kind: "failed",
          message: apiErrorMessage(error, "Not saved: something went wrong. Try again."),
        });
      }
    },
    [save],
  );
  return { state, run, reset: () => setState({ kind: "idle" }) };
}
