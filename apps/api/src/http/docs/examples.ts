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
const EXAMPLE_SHARE_ID = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
const EXAMPLE_ENDPOINT = {
  url: "https://ats.acme.example/hooks/rebound",
  createdAt: "2026-11-18T10:00:00.000Z",
  updatedAt: "2026-11-21T09:00:00.000Z",
  previousSecretExpiresAt: null,
};

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
  "widget.status": { key: EXAMPLE_KEY, mode: "popup" },
  "agency.shares": { limit: 20 },
  "agency.deleteShare": { id: EXAMPLE_SHARE_ID },
  "agency.rollSecretKey": { overlapMinutes: 60 },
  "agency.usage": { days: 7 },
  "webhooks.get": null,
  "webhooks.set": { url: "https://ats.acme.example/hooks/rebound" },
  "webhooks.rollSecret": { overlapHours: 24 },
  "webhooks.sendTest": null,
  "webhooks.deliveries": { limit: 20 },
  "webhooks.remove": null,
};

/** Answers of the operations whose answer depends on stored records (the others are computed). */
export const STORED_ANSWER_EXAMPLES: Record<string, unknown> = {
  "debriefs.save": { id: EXAMPLE_ID, resumeToken: EXAMPLE_TOKEN },
  "debriefs.delete": { deleted: true },
  "widget.share": { id: EXAMPLE_SHARE_ID },
  "widget.event": { counted: true },
  "widget.status": {
    status: "ok",
    chrome: {
      title: "Acme Talent, after the interview",
      launcherLabel: "Interview help",
      primary: "#0b5cad",
      onPrimary: "#ffffff",
      background: "#ffffff",
      text: "#1a1a1a",
      radius: 8,
      font: "system-ui, sans-serif",
    },
  },
  "agency.shares": {
    items: [
      {
        id: EXAMPLE_SHARE_ID,
        summary: {
          name: "Sam Lee",
          contact: "sam@example.com",
          planHeadline: "Thank-you email today, correcting the name slip",
        },
        createdAt: "2026-11-21T09:05:00.000Z",
      },
    ],
    nextCursor: null,
  },
  "agency.deleteShare": { deleted: true },
  "agency.rollSecretKey": {
    secretKey: "sk_8Hq2Zx7Lm4Vt9Rw3_p6Yb1Nc5Df0GsQe8Tu2Iv4Ox7Az3Bm9Cn1Dp5Eq6Fr0",
    previousKeyExpiresAt: "2026-11-21T10:00:00.000Z",
  },
  "webhooks.get": EXAMPLE_ENDPOINT,
  "webhooks.set": { endpoint: EXAMPLE_ENDPOINT, secret: "whsec_MfKQ9r8GKYqXt0Qq7Jz4Yw==" },
  "webhooks.rollSecret": {
    endpoint: { ...EXAMPLE_ENDPOINT, previousSecretExpiresAt: "2026-11-22T09:00:00.000Z" },
    secret: "whsec_Rk2Pz8Lq4Xv7Tn1Wb5Yc9Md3Hs6Gf0Ja==",
  },
  "webhooks.sendTest": { id: "msg_2f7c1e9a4b8d4c6e" },
  "webhooks.deliveries": {
    items: [
      {
        id: "msg_2f7c1e9a4b8d4c6e",
        eventType: "share.created",
        status: "delivered",
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
        createdAt: "2026-11-21T09:05:00.000Z",
        lastAttemptAt: "2026-11-21T09:05:01.000Z",
        nextAttemptAt: null,
        deliveredAt: "2026-11-21T09:05:01.000Z",
      },
    ],
    nextCursor: null,
  },
  "webhooks.remove": { removed: true },
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
