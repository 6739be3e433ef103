import type { ReactNode } from "react";

export type SaveState =
  { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string };

/** "Saved" or the reason it was not, announced politely without moving focus. */
export function SaveStatus({ state }: { state: SaveState }): ReactNode {
  return (
    <p className="rb-dash__status" role="status">
      {state.kind === "saved" ? "Saved." : null}
      {state.kind === "failed" ? <span className="rb-error-text">{state.message}</span> : null}
    </p>
  );
}
