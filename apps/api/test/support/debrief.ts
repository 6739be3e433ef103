import type { DebriefInput } from "@rebound/core";

/** The morning after the interview below: every test pins its clock here. */
export const TEST_NOW = new Date("2026-11-21T09:00:00.000Z");

/** A complete, valid debrief as a client would send it (defaults left for the server to fill). */
export function debriefInput(overrides: Partial<DebriefInput> = {}): DebriefInput {
  return {
    interview: { endedAt: "2026-11-20T15:00:00.000Z", format: "video", severity: "noticeable" },
    feelings: { rawness: "calm" },
    candidacy: { status: "waiting" },
    standing: { strength: "strong", wantJob: "very", believesFit: "yes" },
    organisation: { name: "Northwind Analytics", role: "Data analyst", size: "mid-sized" },
    interviewers: [{ name: "Marie Okafor", title: "Head of data" }],
    slips: [
      { what: "Called her Mary", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" },
    ],
    forgotten: [],
    candidate: { name: "Sam Lee", email: "sam@example.com" },
    ...overrides,
  };
}
