import { useCallback, useState } from "react";
import { apiErrorMessage } from "../embed/api-client";

export type ActionState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; message: string }
  | { kind: "failed"; message: string };

/**
 * One button's work against the API and what to say about it: busy while it runs (the button
 * disables), then a confirmation or the server's reason in plain words.
 */
export function useAction() {
  const [state, setState] = useState<ActionState>({ kind: "idle" });
  const run = useCallback(
    async <T,>(work: () => Promise<T>, done: string, failed: string): Promise<T | undefined> => {
      setState({ kind: "busy" });
      try {
        const result = await work();
        setState({ kind: "done", message: done });
        return result;
      } catch (error) {
        setState({ kind: "failed", message: apiErrorMessage(error, failed) });
        return undefined;
      }
    },
    [],
  );
  return { state, busy: state.kind === "busy", run, reset: () => setState({ kind: "idle" }) };
}

/** The line under a form that says how the last action went, announced without moving focus. */
export function ActionStatus({ state }: { state: ActionState }) {
  return (
    <p className="rb-dash__status" role="status">
      {state.kind === "done" ? state.message : null}
      {state.kind === "failed" ? <span className="rb-error-text">{state.message}</span> : null}
    </p>
  );
}
