import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Debrief } from "../debrief/debrief.js";
import { planMessages } from "../messages/message-plan.js";
import { choosePlan } from "../plan/choose-plan.js";
import { type DebriefOverrides, testDebrief } from "../test-support/test-debrief.js";
import { ICS_PRODUCT_ID, planToIcs } from "./plan-to-ics.js";

// A debrief finished at 02:27 on a Thursday in Paris, an hour after a raw, noticeably bad interview.
const NOW = new Date("2026-11-19T01:27:00Z");
const LAW_FIRM = {
  interview: { endedAt: "2026-11-19T00:30:00Z", severity: "noticeable" },
  feelings: { rawness: "uneasy" },
  timeZone: "Europe/Paris",
  organisation: { name: "Brightpath Literacy", role: "Programme Lead", size: "small" },
  interviewers: [{ name: "Priya Natarajan", honorific: "Dr" }],
  standing: { believesFit: "yes" },
  forgotten: [{ kind: "experience", detail: "I ran the county's reading programme for two years" }],
  reflection: { wentWell: ["the session plan I sketched"] },
} as const satisfies DebriefOverrides;

function kitCalendar(overrides: DebriefOverrides = LAW_FIRM, now = NOW) {
  const debrief = testDebrief(overrides);
  const plan = choosePlan(debrief, now);
  return { debrief, plan, ics: planToIcs(plan, debrief, { now }) };
}

function parseCalendar(ics: string) {
  // ical.js types parse() as any: one calendar in, one jCal array out.
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

/** Weekday and time where the person lives, straight from Intl. */
const wall = (date: Date, zone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);

describe("planToIcs", () => {
  it("writes a calendar ical.js reads, one event per message and one for the review", () => {
    const { plan, ics } = kitCalendar();
    const { calendar, events } = parseCalendar(ics);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe(ICS_PRODUCT_ID);
    expect(planMessages(plan).map((message) => message.templateId)).toEqual([
      "thank-you-email",
      "handwritten-note",
      "follow-up",
    ]);
    // The forgotten point and the call request are lines of the thank-you: no events of their own.
    expect(events.map((event) => event.summary)).toEqual([
      "Review the interview, starting with what went well",
      "Send your thank-you email to Priya Natarajan at Brightpath Literacy",
      "Write and post your handwritten note to Priya Natarajan at Brightpath Literacy",
      "Send your one follow-up to Priya Natarajan at Brightpath Literacy",
    ]);
  });

  it("dates every event in the person's zone, messages in working hours, nothing at 02:30", () => {
    const { ics } = kitCalendar();
    const { calendar, events } = parseCalendar(ics);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(
      "Europe/Paris",
    );
    const times = events.map((event) => ({
      tzid: event.startDate.zone.tzid,
      local: wall(event.startDate.toJSDate(), "Europe/Paris"),
    }));
    expect(times).toEqual([
      { tzid: "Europe/Paris", local: "Thu 08:00" },
      { tzid: "Europe/Paris", local: "Thu 08:00" },
      { tzid: "Europe/Paris", local: "Thu 09:00" },
      { tzid: "Europe/Paris", local: "Thu 08:00" },
    ]);
    expect(events[3]!.startDate.toJSDate().toISOString()).toBe("2026-11-26T07:00:00.000Z");
    for (const event of events) {
      const alarm = event.component.getFirstSubcomponent("valarm");
      expect(alarm?.getFirstPropertyValue("trigger")?.toString()).toBe("PT0S");
    }
  });

  it("reads the same instant across a daylight-saving change", () => {
    // A review in late March: the follow-up a week later falls after Europe's change to summer time.
    const { events } = parseCalendar(
      kitCalendar(
        { ...LAW_FIRM, interview: { endedAt: "2026-03-24T14:00:00Z", severity: "noticeable" } },
        new Date("2026-03-24T17:00:00Z"),
      ).ics,
    );
    const followUp = events.find((event) => event.summary.startsWith("Send your one follow-up"));
    expect(wall(followUp!.startDate.toJSDate(), "Europe/Paris")).toBe("Wed 09:00");
    expect(followUp!.startDate.toJSDate().toISOString()).toBe("2026-04-01T07:00:00.000Z");
  });

  it("says in plain words what each message holds, when, and why, with readable sources", () => {
    const { events } = parseCalendar(kitCalendar().ics);
    const thankYou = events[1]!.description;
    expect(thankYou).toContain(
      "Your thank-you email thanks them and says why you fit; it also adds what you didn't get to mention and asks for a short call.",
    );
    expect(thankYou).toContain("Send it by Thursday 19 November at 18:00 (Europe/Paris).");
    expect(thankYou).toContain(
      "Journal of Accountancy, “How to bounce back from a poor job interview” (Hickman)",
    );
    for (const event of events) {
      expect(event.description).not.toMatch(
        /Drafts in Rebound|[a-z]+-[a-z]+-[a-z]+|\bJofA\b|CR-finance|UTC/,
      );
      expect(event.summary).not.toMatch(/\(Brightpath Literacy\)/);
    }
  });

  it("writes UTC times when only the interview's offset is known", () => {
    const { debrief, ics } = kitCalendar({ ...LAW_FIRM, timeZone: undefined });
    expect(debrief.timeZone).toBeUndefined();
    const { calendar, events } = parseCalendar(ics);
    expect(calendar.getFirstSubcomponent("vtimezone")).toBeNull();
    expect(events[1]!.startDate.zone.tzid).toBe("UTC");
    expect(events[1]!.description).toContain("(UTC).");
  });

  it("round-trips hostile text exactly: separators, quotes, backslashes, newlines", () => {
    const hostile = 'Acme; Inc,\n"\\n"';
    const { ics } = kitCalendar({ ...LAW_FIRM, organisation: { name: hostile, size: "large" } });
    const { events } = parseCalendar(ics);
    expect(events[1]!.summary).toBe(`Send your thank-you email to Priya Natarajan at ${hostile}`);
    // No raw line break from the text ever reaches the stream: every line is a property or a fold.
    for (const line of ics.split("\r\n").filter((l) => l !== "")) {
      expect(line).toMatch(/^( |[A-Z-]+[:;])/);
    }
  });

  it("folds long and non-ASCII lines within 75 octets and parses them back whole", () => {
    const name = "Société Générale Ünïcode 株式会社 🙂";
    const { ics } = kitCalendar({ ...LAW_FIRM, organisation: { name, size: "small" } });
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const line of ics.split("\r\n")) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
    }
    expect(parseCalendar(ics).events[1]!.summary).toContain(name);
  });

  it("is deterministic: same input, same bytes; UIDs stable across re-chosen plans", () => {
    const { debrief, plan, ics } = kitCalendar();
    expect(planToIcs(plan, debrief, { now: NOW })).toBe(ics);
    const uids = parseCalendar(ics).events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((uid) => /^rebound-[a-z-]+-[0-9a-f]{16}@rebound$/.test(uid))).toBe(true);
    // A later export of a re-chosen plan updates the same events instead of adding twins.
    const later = planToIcs(plan, debrief, { now: new Date("2026-11-23T08:00:00Z") });
    expect(parseCalendar(later).events.map((event) => event.uid)).toEqual(uids);
    // A different interview gets different UIDs.
    const other = kitCalendar({ ...LAW_FIRM, organisation: { name: "Other Co", size: "small" } });
    expect(parseCalendar(other.ics).events.map((event) => event.uid)).not.toContain(uids[1]);
  });

  it("writes a valid, empty calendar for a plan with nothing dated", () => {
    const debrief: Debrief = testDebrief({ candidacy: { status: "offer" } });
    const plan = choosePlan(debrief, new Date(Date.parse(debrief.interview.endedAt) + 3_600_000));
    const withoutReview = {
      ...plan,
      steps: plan.steps.filter((step) => step.window.latest === null),
    };
    const ics = planToIcs(withoutReview, debrief, { now: NOW });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(parseCalendar(ics).events).toEqual([]);
  });
});
