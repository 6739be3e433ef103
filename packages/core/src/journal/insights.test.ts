import { describe, expect, it } from "vitest";
import type { JournalEntry } from "./entry.js";
import { JournalInsightsSchema } from "./insights-schema.js";
import { journalInsights } from "./insights.js";

function entry(overrides: Partial<JournalEntry>): JournalEntry {
  return {
    interviewEndedAt: "2026-09-01T10:00:00Z",
    organisation: "Acme",
    outcome: "waiting",
    slipKinds: [],
    unpreparedQuestions: [],
    lessons: [],
    actions: [],
    ...overrides,
  };
}

/** Four interviews over a season of job hunting. */
const journal: JournalEntry[] = [
  entry({
    organisation: "Hartley & Price LLP",
    outcome: "rejected",
    slipKinds: ["nerves", "blanked", "nerves"],
    unpreparedQuestions: ["What are your salary expectations?", "What is your greatest weakness?"],
    actions: [
      { strategy: "thank-you-email", done: true, answered: true },
      { strategy: "handwritten-note", done: true, answered: false },
      { strategy: "one-follow-up", done: false, answered: null },
    ],
  }),
  entry({
    organisation: "City Library",
    outcome: "offer",
    slipKinds: ["late"],
    unpreparedQuestions: ["Tell me about your weaknesses."],
    actions: [
      { strategy: "thank-you-email", done: true, answered: true },
      { strategy: "request-call", done: true, answered: true },
    ],
  }),
  entry({
    organisation: "Northwind",
    outcome: "rejected",
    slipKinds: ["nerves", "late", "wrong-name"],
    unpreparedQuestions: ["Which salaries have you earned before?", "Why should we hire you?"],
    actions: [
      { strategy: "thank-you-email", done: true, answered: false },
      { strategy: "acknowledge-disconnect", done: true, answered: null },
    ],
  }),
  entry({ organisation: "Contoso", outcome: "waiting", slipKinds: ["blanked"] }),
];

describe("journalInsights", () => {
  it("summarises an empty journal without dividing by zero", () => {
    const insights = journalInsights([]);
    expect(insights).toEqual({
      interviews: 0,
      outcomes: { waiting: 0, rejected: 0, offer: 0, unknown: 0 },
      recurringSlips: [],
      questionTopics: [],
      actions: [],
    });
    expect(JournalInsightsSchema.safeParse(insights).success).toBe(true);
  });

  it("counts interviews and outcomes", () => {
    const insights = journalInsights(journal);
    expect(insights.interviews).toBe(4);
    expect(insights.outcomes).toEqual({ waiting: 1, rejected: 2, offer: 1, unknown: 0 });
    expect(JournalInsightsSchema.safeParse(insights).success).toBe(true);
  });

  it("finds slip kinds seen in two or more interviews, with their share, most frequent first", () => {
    expect(journalInsights(journal).recurringSlips).toEqual([
      { kind: "nerves", interviews: 2, occurrences: 3, share: 0.5 },
      { kind: "blanked", interviews: 2, occurrences: 2, share: 0.5 },
      { kind: "late", interviews: 2, occurrences: 2, share: 0.5 },
    ]);
  });

  it("does not call a kind recurring because it happened twice in one interview", () => {
    const single = [entry({ slipKinds: ["attire", "attire"] }), entry({ slipKinds: [] })];
    expect(journalInsights(single).recurringSlips).toEqual([]);
  });

  it("groups unprepared questions into topics across interviews, leaving out lone questions", () => {
    // "Why should we hire you?" was asked once: one question is not a topic.
    expect(journalInsights(journal).questionTopics).toEqual([
      { topic: "salary", count: 2, example: "What are your salary expectations?" },
      { topic: "weakness", count: 2, example: "What is your greatest weakness?" },
    ]);
  });

  it("never makes a topic of a word any question may hold", () => {
    const topics = journalInsights([
      entry({ unpreparedQuestions: ["Why do you want to work here?"] }),
      entry({ unpreparedQuestions: ["What work are you proudest of?", "Why this job?"] }),
    ]).questionTopics;
    expect(topics.map((topic) => topic.topic)).not.toContain("work");
    expect(topics).toEqual([]);
  });

  it("does not call the catch-all slip kind a pattern", () => {
    const slips = journalInsights([
      entry({ slipKinds: ["other", "nerves"] }),
      entry({ slipKinds: ["other", "nerves"] }),
      entry({ slipKinds: ["other"] }),
    ]).recurringSlips;
    expect(slips).toEqual([{ kind: "nerves", interviews: 2, occurrences: 2, share: 2 / 3 }]);
  });

  it("ranks recovery actions by how often they got an answer, pending ones apart", () => {
    expect(journalInsights(journal).actions).toEqual([
      { strategy: "request-call", tried: 1, answered: 1, pending: 0, rate: 1 },
      { strategy: "thank-you-email", tried: 3, answered: 2, pending: 0, rate: 2 / 3 },
      { strategy: "handwritten-note", tried: 1, answered: 0, pending: 0, rate: 0 },
      { strategy: "acknowledge-disconnect", tried: 1, answered: 0, pending: 1, rate: null },
    ]);
  });

  it("is pure: the same journal gives the same insights and is left untouched", () => {
    const before = JSON.stringify(journal);
    expect(journalInsights(journal)).toEqual(journalInsights(journal));
    expect(JSON.stringify(journal)).toBe(before);
  });
});
