import { describe, expect, it } from "vitest";
import { choosePlan } from "./choose-plan.js";
import { StrategyIdSchema } from "./ids.js";
import { PlanSchema } from "./plan.js";
import {
  planFor,
  stepOf,
  TEST_INTERVIEW_END,
  TEST_NOW,
  testDebrief,
} from "../test-support/test-debrief.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ended = Date.parse(TEST_INTERVIEW_END);

// A small firm, a candidate who believes in the fit after a noticeably bad interview, early career.
const rich = {
  interview: { severity: "noticeable" },
  standing: { believesFit: "yes", valuesOrganisation: "yes" },
  career: { yearsExperience: 2, comfortableOnPhone: "yes" },
  organisation: { size: "small" },
  slips: [
    { what: "Called Marie “Mary”", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" },
  ],
  forgotten: [{ kind: "education", detail: "I passed the CPA exam in May" }],
  reflection: { wentWell: ["The audit case study"] },
} as const;

describe("choosePlan: the shape of a plan", () => {
  const { plan, ids } = planFor(rich);

  it("is PlanSchema-valid and records when and for which status it was made", () => {
    expect(PlanSchema.parse(plan)).toEqual(plan);
    expect(plan).toMatchObject({
      generatedAt: TEST_NOW.toISOString(),
      status: "waiting",
      coolOffUntil: null,
    });
  });

  it("orders the steps as the strategy vocabulary does: self-work, the thank-you and its sections, then the rest", () => {
    const order = StrategyIdSchema.options;
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
    expect(ids).toEqual([
      "reflect",
      "perspective",
      "self-compassion",
      "thank-you-email",
      "correct-record",
      "apologize-slip",
      "handwritten-note",
      "phone-call",
      "one-follow-up",
      "lessons-learned",
    ]);
  });

  it("dates each window from the interview end and now, outreach in working hours", () => {
    const window = (id: (typeof ids)[number]) => stepOf(plan, id).window;
    // Self-work starts now, on a Saturday morning.
    expect(window("reflect")).toEqual({
      earliest: TEST_NOW.toISOString(),
      latest: new Date(TEST_NOW.getTime() + DAY).toISOString(),
    });
    // Outreach waits for the first working moment: Monday 08:00 (no time zone given: UTC).
    const monday = Date.parse("2026-11-23T08:00:00.000Z");
    expect(window("thank-you-email")).toEqual({
      earliest: new Date(monday).toISOString(),
      latest: new Date(monday + 10 * HOUR).toISOString(),
    });
    expect(ended + DAY).toBeLessThan(monday);
    // The note follows the email (Hickman).
    expect(Date.parse(window("handwritten-note").earliest)).toBe(monday + HOUR);
    expect(Date.parse(window("one-follow-up").earliest)).toBe(monday + 7 * DAY);
    expect(window("lessons-learned").latest).toBeNull();
  });

  it("gives each step a channel, its templates, a rationale and sources", () => {
    for (const step of plan.steps) {
      expect(step.outreach).toBe(step.channel !== "self");
      expect(step.templates.length > 0).toBe(step.outreach);
      expect(step.rationale.length).toBeGreaterThan(40);
      expect(step.sources.length).toBeGreaterThan(0);
    }
    expect(stepOf(plan, "handwritten-note")).toMatchObject({
      channel: "handwritten-note",
      templates: ["handwritten-note"],
    });
    expect(stepOf(plan, "phone-call")).toMatchObject({
      channel: "phone",
      templates: ["phone-talking-points"],
      alternativeTo: "request-call",
    });
    expect(stepOf(plan, "correct-record").templates).toEqual(["thank-you-email"]);
  });

  it("lists the guards in force and the disagreements that apply", () => {
    expect(plan.guards.map((guard) => guard.id)).toEqual([
      "no-blanket-apology",
      "no-excuses",
      "no-nuisance",
      "no-early-feedback-ask",
      "no-do-over-unless-strong",
      "contact-budget",
    ]);
    expect(plan.disagreements.map((disagreement) => disagreement.id)).toEqual([
      "phone-or-writing",
      "another-chance",
      "light-excuse",
    ]);
  });
});

describe("choosePlan: determinism", () => {
  it("the same debrief and the same now give a deep-equal plan, without touching the input", () => {
    const debrief = testDebrief(rich);
    const copy = structuredClone(debrief);
    const first = choosePlan(debrief, new Date(TEST_NOW));
    const second = choosePlan(copy, new Date(TEST_NOW.getTime()));
    expect(second).toEqual(first);
    expect(debrief).toEqual(copy);
  });

  it("a different now moves the windows, not the steps", () => {
    const later = new Date(TEST_NOW.getTime() + 2 * HOUR);
    const a = planFor(rich);
    const b = planFor(rich, later);
    expect(b.ids).toEqual(a.ids);
    expect(stepOf(b.plan, "reflect").window.earliest).toBe(later.toISOString());
  });
});

describe("choosePlan: re-chosen when the status changes", () => {
  const waiting = planFor(rich);

  it("waiting → rejected: the recovery gives way to a gracious reply, feedback, staying in touch and moving on", () => {
    const news = "2026-11-24T10:00:00.000Z";
    const { plan, ids } = planFor(
      { ...rich, candidacy: { status: "rejected", changedAt: news } },
      new Date("2026-11-24T12:00:00Z"),
    );
    expect(plan.status).toBe("rejected");
    expect(ids).toEqual([
      "reflect",
      "perspective",
      "self-compassion",
      "gracious-rejection-reply",
      "request-feedback",
      "stay-in-touch",
      "lessons-learned",
      "move-on",
    ]);
    for (const gone of [
      "thank-you-email",
      "apologize-slip",
      "phone-call",
      "one-follow-up",
    ] as const) {
      expect(waiting.ids).toContain(gone);
      expect(ids).not.toContain(gone);
    }
    expect(stepOf(plan, "gracious-rejection-reply").window).toEqual({
      earliest: "2026-11-24T12:00:00.000Z",
      latest: "2026-11-26T18:00:00.000Z",
    });
    expect(plan.guards.map((guard) => guard.id)).not.toContain("no-early-feedback-ask");
    expect(plan.disagreements.map((disagreement) => disagreement.id)).toEqual(["feedback"]);
  });

  it("waiting → offer: no cool-off, no outreach, only the self-work and the lessons", () => {
    const { plan, ids } = planFor({
      ...rich,
      feelings: { rawness: "raw" },
      candidacy: { status: "offer" },
    });
    expect(plan.coolOffUntil).toBeNull();
    expect(ids).toEqual(["reflect", "perspective", "self-compassion", "lessons-learned"]);
    expect(plan.guards).toEqual([]);
    expect(plan.disagreements).toEqual([]);
  });
});
