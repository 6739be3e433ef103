import { describe, expect, it } from "vitest";
import { DebriefSchema } from "../debrief/debrief.js";
import { type Plan, PlanSchema } from "../plan/plan.js";
import { JournalEntrySchema } from "./entry.js";
import { journalEntryFrom } from "./journal-entry-from.js";

const debrief = DebriefSchema.parse({
  interview: { endedAt: "2026-11-21T10:00:00Z" },
  organisation: { name: "Hartley & Price LLP", role: "Audit senior" },
  candidacy: { status: "waiting" },
  reflection: {
    oneChange: "Research the partners before the panel.",
    answerDifferently: "Lead with the inventory-count project when asked about pressure.",
  },
  lessons: {
    unpreparedQuestions: ["What are your salary expectations?", "What is your greatest weakness?"],
    logistics: "Leave 30 minutes earlier; the car park was full.",
    wording: "Say 'we' less when describing my own work.",
  },
  slips: [
    { what: "Called Marie 'Mary'", kind: "wrong-name", noticed: "certain" },
    {
      what: "Arrived ten minutes late",
      kind: "late",
      noticed: "certain",
      apologisedInPerson: true,
    },
  ],
});

const window = { earliest: "2026-11-21T13:00:00Z", latest: null };
const sources = [{ key: "JofA", detail: "Dennis" }];
const plan: Plan = PlanSchema.parse({
  generatedAt: "2026-11-21T11:00:00Z",
  status: "waiting",
  coolOffUntil: null,
  steps: [
    {
      strategy: "reflect",
      title: "Review",
      window,
      channel: "self",
      templates: [],
      rationale: "r",
      sources,
      outreach: false,
    },
    {
      strategy: "thank-you-email",
      title: "Thank",
      window,
      channel: "email",
      templates: ["thank-you-email"],
      rationale: "r",
      sources,
      outreach: true,
    },
    {
      strategy: "request-call",
      title: "Ask for a call",
      window,
      channel: "email",
      templates: ["call-request"],
      rationale: "r",
      sources,
      outreach: true,
    },
    {
      strategy: "phone-call",
      title: "Or call",
      window,
      channel: "phone",
      templates: ["phone-talking-points"],
      rationale: "r",
      sources,
      outreach: true,
      alternativeTo: "request-call",
    },
    {
      strategy: "lessons-learned",
      title: "Lessons",
      window,
      channel: "self",
      templates: [],
      rationale: "r",
      sources,
      outreach: false,
    },
  ],
  guards: [],
  disagreements: [],
});

describe("journalEntryFrom", () => {
  it("files the interview, its slip kinds, unprepared questions and labelled lessons", () => {
    const entry = journalEntryFrom(debrief, plan);
    expect(JournalEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      interviewEndedAt: "2026-11-21T10:00:00Z",
      organisation: "Hartley & Price LLP",
      role: "Audit senior",
      outcome: "waiting",
      slipKinds: ["wrong-name", "late"],
      unpreparedQuestions: [
        "What are your salary expectations?",
        "What is your greatest weakness?",
      ],
    });
    expect(entry.lessons).toEqual([
      "Wording: Say 'we' less when describing my own work.",
      "Logistics: Leave 30 minutes earlier; the car park was full.",
      "The one thing I would change: Research the partners before the panel.",
      "How I would answer differently: Lead with the inventory-count project when asked about pressure.",
    ]);
  });

  it("lists only outreach steps as actions, nothing done yet by default", () => {
    expect(journalEntryFrom(debrief, plan).actions).toEqual([
      { strategy: "thank-you-email", done: false, answered: null },
      { strategy: "request-call", done: false, answered: null },
      { strategy: "phone-call", done: false, answered: null },
    ]);
  });

  it("records progress: done, answered or not, and an answer implies it was done", () => {
    const entry = journalEntryFrom(debrief, plan, {
      done: ["thank-you-email", "reflect"],
      answered: { "thank-you-email": false, "request-call": true },
    });
    expect(entry.actions).toEqual([
      { strategy: "thank-you-email", done: true, answered: false },
      { strategy: "request-call", done: true, answered: true },
      { strategy: "phone-call", done: false, answered: null },
    ]);
  });

  it("leaves out the role when unknown and keeps a long lesson within the entry's limit", () => {
    const long = DebriefSchema.parse({
      interview: { endedAt: "2026-11-21T10:00:00+01:00" },
      organisation: { name: "Acme" },
      lessons: { informationLacked: `${"x".repeat(990)}🙂🙂🙂🙂🙂` },
    });
    const entry = journalEntryFrom(long, plan);
    expect(entry).not.toHaveProperty("role");
    expect(entry.lessons).toHaveLength(1);
    expect(entry.lessons[0]!.length).toBeLessThanOrEqual(1000);
    expect(entry.lessons[0]!.endsWith("…")).toBe(true);
    expect(entry.lessons[0]).not.toMatch(/[\uD800-\uDFFF]/u);
    expect(entry.lessons[0]!.startsWith("Information I lacked: xxx")).toBe(true);
  });
});
