// Test support: a provider seeded with a session, and a complete debrief to plan from.
import type { DebriefDraft } from "@rebound/core";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactNode } from "react";
import { CurrentDebriefProvider } from "./current-debrief";
import { emptySession, type Session } from "./session";

/** A bad interview an hour ago, still raw, with a forgotten point and a noticed slip. */
export function sampleDraft(endedAt: string, extra: DebriefDraft = {}): DebriefDraft {
  return {
    interview: { endedAt, format: "video", severity: "noticeable" },
    feelings: { rawness: "raw" },
    organisation: { name: "Harbour & Co" },
    interviewers: [{ name: "Dana Whitfield", recipient: true }],
    slips: [
      {
        what: "Called her Donna",
        kind: "wrong-name",
        noticed: "certain",
        apologisedInPerson: false,
      },
    ],
    forgotten: [
      { kind: "experience", detail: "Three years running month-end close", important: true },
    ],
    ...extra,
  };
}

export function sessionWith(changes: Partial<Session>): Session {
  return { ...emptySession(), ...changes };
}

export function renderWithSession(ui: ReactNode, session?: Session): RenderResult {
  return render(<CurrentDebriefProvider initial={session}>{ui}</CurrentDebriefProvider>);
}
