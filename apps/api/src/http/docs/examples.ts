import type { DebriefInput } from "@rebound/core";

/** The instant every computed example is built at: the morning after the interview below. */
export const EXAMPLE_NOW = new Date("2026-11-21T09:00:00Z");

export const EXAMPLE_DEBRIEF: DebriefInput = {
  interview: { endedAt: "2026-11-20T15:00:00Z", format: "video", severity: "noticeable" },
  organisation: { name: "Northwind Analytics", role: "Data analyst", size: "mid-sized" },
  interviewers: [{ name: "Marie Okafor", title: "Head of data" }],
  slips: [{ what: "Called her Mary", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" }],
  candidate: { name: "Sam Lee", email: "sam@example.com" },
};

const EXAMPLE_ID = "3f2b8c1e-5d4a-4e6b-9c7d-2a1f0e9b8c7d";
const EXAMPLE_TOKEN = "q8V0n3mJ5t2YwzL7cR1xH9bK4pD6sF0aE2gU8iO5kMw";
const EXAMPLE_KEY = "pk_7Qm2Xv9LrT4wZ8aB";
const EXAMPLE_ORIGIN = "https://careers.acme.example";

/** A request an operation documents: its body, or its query for a GET. */
export type ExampleRequest = Record<string, unknown>;

/**
 * One valid request per REST operation, by procedure path. Tests send each one (substituting a
 * real saved debrief or agency key) and expect a 200, so the reference never shows a request
 * that fails.
 */
export const REQUEST_EXAMPLES: Record<string, ExampleRequest | null> = {
  "plan.build": { debrief: EXAMPLE_DEBRIEF, now: "2026-11-21T09:00:00Z" },
  "messages.render": {
    templateId: "thank-you-email",
    debrief: EXAMPLE_DEBRIEF,
    tone: "warm",
    now: "2026-11-21T09:00:00Z",
  },
  "messages.lint": {
    text: "Dear Mary, I am so sorry for everything. Thank you for your time yesterday.",
    debrief: EXAMPLE_DEBRIEF,
    channel: "email",
  },
  "catalogue.strategies": null,
  "catalogue.templates": null,
  "debriefs.save": { debrief: EXAMPLE_DEBRIEF },
  "debriefs.get": { id: EXAMPLE_ID, resumeToken: EXAMPLE_TOKEN },
  "debriefs.update": {
    id: EXAMPLE_ID,
    resumeToken: EXAMPLE_TOKEN,
    debrief: { ...EXAMPLE_DEBRIEF, candidacy: { status: "waiting" } },
  },
  "debriefs.setStatus": {
    id: EXAMPLE_ID,
    resumeToken: EXAMPLE_TOKEN,
    status: "rejected",
    now: "2026-11-28T09:00:00Z",
  },
  "debriefs.delete": { id: EXAMPLE_ID, resumeToken: EXAMPLE_TOKEN },
  "widget.config": { key: EXAMPLE_KEY, hostOrigin: EXAMPLE_ORIGIN },
  "widget.share": {
    key: EXAMPLE_KEY,
    hostOrigin: EXAMPLE_ORIGIN,
    consent: true,
    summary: {
      name: "Sam Lee",
      contact: "sam@example.com",
      planHeadline: "Thank-you email today, correcting the name slip",
    },
  },
  "widget.event": { key: EXAMPLE_KEY, hostOrigin: EXAMPLE_ORIGIN, event: "planGenerated" },
  "agency.get": null,
  "agency.update": { copy: { title: "Acme Talent, after the interview" } },
  "agency.shares": null,
  "agency.usage": { days: 7 },
};

/** Answers of the operations whose answer depends on stored records (the others are computed). */
export const STORED_ANSWER_EXAMPLES: Record<string, unknown> = {
  "debriefs.save": { id: EXAMPLE_ID, resumeToken: EXAMPLE_TOKEN },
  "debriefs.delete": { deleted: true },
  "widget.share": { id: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e" },
  "widget.event": { counted: true },
  "agency.shares": [
    {
      id: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
      summary: {
        name: "Sam Lee",
        contact: "sam@example.com",
        planHeadline: "Thank-you email today, correcting the name slip",
      },
      createdAt: "2026-11-21T09:05:00.000Z",
    },
  ],
  "agency.usage": [
    { day: "2026-11-20", plansBuilt: 12, draftsCopied: 7, shares: 2 },
    { day: "2026-11-21", plansBuilt: 9, draftsCopied: 4, shares: 1 },
  ],
};

export const EXAMPLE_AGENCY = {
  id: "agency_8f3k2m",
  name: "Acme Talent",
  publishableKey: EXAMPLE_KEY,
  origins: [EXAMPLE_ORIGIN],
};
