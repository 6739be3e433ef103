import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type Debrief, DebriefSchema } from "../debrief/debrief.js";
import { type Plan, PlanSchema, type Step } from "../plan/plan.js";
import { ICS_PRODUCT_ID, planToIcs } from "./plan-to-ics.js";
const ENDED_AT = "2026-11-21T10:00:00Z";
const NOW = new Date("2026-11-21T11:00:00Z");

function sampleDebrief(organisation = "Hartley & Price LLP"): Debrief {
  return DebriefSchema.parse({
    interview: { endedAt: ENDED_AT, severity: "noticeable" },
    organisation: { name: organisation, role: "Audit senior", size: "mid-sized" },
  });
}

type StepInput = Partial<Step> & Pick<Step, "strategy">;

function step(input: StepInput): Step {
  return {
    title: `Do ${input.strategy}`,
    window: { earliest: "2026-11-21T13:00:00Z", latest: "2026-11-22T10:00:00Z" },
    channel: "self",
    templates: [],
    rationale: `Because ${input.strategy} helps.`,
    sources: [{ key: "JofA", detail: "Hickman" }],
    outreach: false,
    ...input,
  };
}

function samplePlan(
  steps: StepInput[],
  coolOffUntil: string | null = "2026-11-21T13:00:00Z",
): Plan {
  return PlanSchema.parse({
    generatedAt: NOW.toISOString(),
    status: "waiting",
    coolOffUntil,
    steps: steps.map(step),
    guards: [],
    disagreements: [],
  });
}

/** A typical waiting-candidate plan: cool-off, reflection, thank-you, note, follow-up, lessons. */
function typicalPlan(): Plan {
  return samplePlan([
    {
      strategy: "cool-off",
      title: "Take a breather before writing anything",
      window: { earliest: "2026-11-21T11:00:00Z", latest: "2026-11-21T13:00:00Z" },
      rationale: "You told us you feel raw; messages written now tend to over-apologise.",
      sources: [{ key: "CR-finance", detail: "step 1" }],
    },
    {
      strategy: "reflect",
      title: "Review the interview, good parts first",
      window: { earliest: "2026-11-21T13:00:00Z", latest: "2026-11-21T18:00:00Z" },
    },
    {
      strategy: "thank-you-email",
      title: "Send a short thank-you email",
      channel: "email",
      templates: ["thank-you-email"],
      outreach: true,
      window: { earliest: "2026-11-21T13:00:00Z", latest: "2026-11-22T10:00:00Z" },
    },
    {
      strategy: "handwritten-note",
      title: "Post a handwritten note",
      channel: "handwritten-note",
      templates: ["handwritten-note"],
      outreach: true,
      window: { earliest: "2026-11-22T09:00:00Z", latest: "2026-11-24T17:00:00Z" },
      sources: [
        { key: "JofA", detail: "Hough" },
        { key: "LaReau", detail: "channels" },
      ],
    },
    {
      strategy: "one-follow-up",
      title: "One polite follow-up if you hear nothing",
      channel: "email",
      templates: ["follow-up"],
      outreach: true,
      window: { earliest: "2026-11-28T09:00:00Z", latest: null },
    },
    {
      strategy: "lessons-learned",
      title: "Write down the lessons",
      window: { earliest: "2026-11-21T13:00:00Z", latest: null },
    },
  ]);
}

function parseCalendar(ics: string) {
  // ical.js types parse() as any: one calendar in, one jCal array out.
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

describe("planToIcs", () => {
  it("writes a calendar ical.js reads, with one event per dated step", () => {
    const { calendar, events } = parseCalendar(
      planToIcs(typicalPlan(), sampleDebrief(), { now: NOW }),
    );
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe(ICS_PRODUCT_ID);
    // cool-off end, reflect (has a window end), thank-you, note, follow-up; not lessons-learned.
    expect(events.map((event) => event.summary)).toEqual([
      "Cool-off over: you can contact Hartley & Price LLP now",
      "Review the interview, good parts first (Hartley & Price LLP)",
      "Send a short thank-you email (Hartley & Price LLP)",
      "Post a handwritten note (Hartley & Price LLP)",
      "One polite follow-up if you hear nothing (Hartley & Price LLP)",
    ]);
  });

  it("puts each event at its window's start, in UTC, with DTSTAMP from now and a reminder alarm", () => {
    const { events } = parseCalendar(planToIcs(typicalPlan(), sampleDebrief(), { now: NOW }));
    const note = events[3]!;
    expect(note.startDate.toJSDate().toISOString()).toBe("2026-11-22T09:00:00.000Z");
    expect(note.startDate.zone.tzid).toBe("UTC");
    expect(note.endDate.toJSDate().toISOString()).toBe("2026-11-22T09:30:00.000Z");
    expect(note.component.getFirstPropertyValue("dtstamp")?.toString()).toBe(
      "2026-11-21T11:00:00Z",
    );
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-11-21T13:00:00.000Z");
    for (const event of events) {
      const alarm = event.component.getFirstSubcomponent("valarm");
      expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(alarm?.getFirstPropertyValue("trigger")?.toString()).toBe("PT0S");
    }
  });

  it("carries the step's rationale, deadline, channel and sources in the description", () => {
    const { events } = parseCalendar(planToIcs(typicalPlan(), sampleDebrief(), { now: NOW }));
    const note = events[3]!.description;
    expect(note).toContain("Because handwritten-note helps.");
    expect(note).toContain("Do this by 2026-11-24 17:00 UTC.");
    expect(note).toContain("Channel: handwritten note.");
    expect(note).toContain("Why: JofA (Hough); LaReau (channels).");
    expect(events[0]!.description).toContain("messages written now tend to over-apologise");
  });

  it("writes the whole description of a step: drafts named, the alternative it stands for", () => {
    const plan = samplePlan([
      {
        strategy: "phone-call",
        channel: "phone",
        outreach: true,
        templates: ["phone-talking-points", "call-request"],
        alternativeTo: "thank-you-email",
        sources: [
          { key: "LaReau", detail: "channels" },
          { key: "JofA", detail: "Hough" },
        ],
      },
    ]);
    const { events } = parseCalendar(planToIcs(plan, sampleDebrief(), { now: NOW }));
    // The other event is the reminder that the cool-off has ended.
    const call = events.find((event) => event.description.startsWith("Because phone-call"));
    expect(call?.description).toBe(
      [
        "Because phone-call helps.",
        "",
        "Do this by 2026-11-22 10:00 UTC.",
        "Channel: phone.",
        "Drafts in Rebound: phone talking points, call request.",
        'Offered instead of "thank you email": do one or the other, not both.',
        "Why: LaReau (channels); JofA (Hough).",
      ].join("\n"),
    );
  });

  it("round-trips hostile text exactly: separators, quotes, backslashes, newlines", () => {
    const hostile = 'Acme; Inc, "\\n"\nSecond line; with, commas \\ and a backslash';
    const plan = samplePlan(
      [
        {
          strategy: "thank-you-email",
          outreach: true,
          channel: "email",
          title: 'Thank "Acme; Inc," \\ today',
          rationale: hostile,
        },
      ],
      null,
    );
    const debrief = sampleDebrief('Acme; Inc,\n"\\n"');
    const ics = planToIcs(plan, debrief, { now: NOW });
    const [event] = parseCalendar(ics).events;
    expect(event!.summary).toBe(`Thank "Acme; Inc," \\ today (${debrief.organisation.name})`);
    expect(event!.description.startsWith(`${hostile}\n`)).toBe(true);
    // No raw line break from the text ever reaches the stream: every line is a property or a fold.
    for (const line of ics.split("\r\n").filter((l) => l !== "")) {
      expect(line).toMatch(/^( |[A-Z-]+[:;])/);
    }
  });

  it("folds long and non-ASCII lines within 75 octets and parses them back whole", () => {
    const rationale = `Zoë's panel at 面试 said 🙂 ${"très bien, ".repeat(40)}`.slice(0, 600);
    const plan = samplePlan(
      [{ strategy: "request-call", outreach: true, channel: "email", rationale }],
      null,
    );
    const ics = planToIcs(plan, sampleDebrief("Société Générale Ünïcode 株式会社"), { now: NOW });
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const line of ics.split("\r\n")) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
    }
    const [event] = parseCalendar(ics).events;
    expect(event!.description.startsWith(rationale)).toBe(true);
    expect(event!.summary).toBe("Do request-call (Société Générale Ünïcode 株式会社)");
  });

  it("is deterministic: same input, same bytes; UIDs stable across re-chosen plans", () => {
    const first = planToIcs(typicalPlan(), sampleDebrief(), { now: NOW });
    expect(planToIcs(typicalPlan(), sampleDebrief(), { now: NOW })).toBe(first);
    const uids = parseCalendar(first).events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((uid) => /^rebound-[a-z-]+-[0-9a-f]{16}@rebound$/.test(uid))).toBe(true);
    // A later export of a re-chosen plan updates the same events instead of adding twins.
    const later = planToIcs(typicalPlan(), sampleDebrief(), {
      now: new Date("2026-11-23T08:00:00Z"),
    });
    expect(parseCalendar(later).events.map((event) => event.uid)).toEqual(uids);
    // A different interview gets different UIDs.
    const other = planToIcs(typicalPlan(), sampleDebrief("Other Co"), { now: NOW });
    expect(parseCalendar(other).events.map((event) => event.uid)).not.toContain(uids[2]);
  });

  it("writes a valid, empty calendar for a plan with nothing dated", () => {
    const plan = samplePlan(
      [{ strategy: "lessons-learned", window: { earliest: NOW.toISOString(), latest: null } }],
      null,
    );
    const ics = planToIcs(plan, sampleDebrief(), { now: NOW });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(parseCalendar(ics).events).toEqual([]);
  });
});
