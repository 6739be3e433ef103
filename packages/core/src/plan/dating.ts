import type { Debrief } from "../debrief/debrief.js";
import { unansweredFollowUps } from "./candidate-facts.js";
import type { Window } from "./plan.js";
import { isoUtc } from "../time/iso-utc.js";
import type { LocalClock } from "../time/local-clock.js";
import { parseIso } from "../time/parse-iso.js";
import { firstWorkingMoment } from "./working-hours.js";

/**
 * When each step should happen, computed only from the debrief and `now` (never the clock).
 * Every date is an ISO UTC string as `toISOString()` writes it.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** A cool-off is hours to a day or two, never a week (CR-finance step 1). */
export const MAX_COOL_OFF_MS = 48 * HOUR_MS;
/** An interview that ended less than this long ago is still too fresh for outreach. */
export const FRESH_INTERVIEW_MS = 2 * HOUR_MS;
/** The least time a thank-you window leaves, when the day after the interview is nearly gone. */
export const LAST_MINUTE_MS = 4 * HOUR_MS;

/** How long to hold outreach, by how the person feels: raw feelings need a day, calm ones a couple of hours. */
function coolOffLengthMs(debrief: Debrief): number {
  switch (debrief.feelings.rawness) {
    case "raw":
      return debrief.interview.severity === "severe" ? 36 * HOUR_MS : DAY_MS;
    case "unknown":
      return 4 * HOUR_MS;
    case "uneasy":
      return 3 * HOUR_MS;
    case "calm":
      return 2 * HOUR_MS;
  }
}

/** Whether the person should hold all outreach for now. An offer needs no recovery, so no cool-off. */
export function needsCoolOff(debrief: Debrief, now: Date): boolean {
  if (debrief.candidacy.status === "offer") return false;
  const sinceEnd = now.getTime() - parseIso(debrief.interview.endedAt);
  return sinceEnd < FRESH_INTERVIEW_MS || debrief.feelings.rawness === "raw";
}

/** The end of the cool-off (at most 48 hours after `now`), or null when none is needed. */
export function coolOffEnd(debrief: Debrief, now: Date): Date | null {
  if (!needsCoolOff(debrief, now)) return null;
  return new Date(now.getTime() + Math.min(coolOffLengthMs(debrief), MAX_COOL_OFF_MS));
}

export interface PlanDates {
  coolOff: Window;
  /** Self-work that starts right away (perspective, self-compassion). */
  fromNow: Window;
  reflect: Window;
  lessons: Window;
  thankYou: Window;
  /** After the thank-you email: handwritten note, call request, reference tip-off, circumstances. */
  afterThankYou: Window;
  secondInterview: Window;
  followUp: Window;
  rejectionReply: Window;
  feedback: Window;
  stayInTouch: Window;
  moveOn: Window;
}

const iso = isoUtc;
const window = (earliest: number, latest: number | null): Window => ({
  earliest: iso(earliest),
  latest: latest === null ? null : iso(latest),
});

export type PlanWindowName = keyof PlanDates;

/** Each window of `PlanDates` as instants (milliseconds), before any is written as a string. */
export type PlanInstants = Record<PlanWindowName, readonly [number, number | null]>;

/**
 * Every window a plan may use, as instants. Outreach never starts before the cool-off ends, and
 * starts at the first working moment after it on the person's clock (the note and the other
 * messages that follow the thank-you are counted from that moment, so they still follow it).
 */
export function planInstants(
  debrief: Debrief,
  now: Date,
  coolOffUntil: Date | null,
  clock: LocalClock,
): PlanInstants {
  const nowMs = now.getTime();
  const endedMs = parseIso(debrief.interview.endedAt);
  const calmFrom = coolOffUntil === null ? nowMs : Math.max(nowMs, coolOffUntil.getTime());

  // Within about a day of the interview; when that day is (nearly) over, a short as-soon-as-possible window.
  const thankYouFrom = firstWorkingMoment(calmFrom, clock);
  const thankYouBy = Math.max(endedMs + DAY_MS, thankYouFrom + LAST_MINUTE_MS);
  const afterThankYouFrom = thankYouFrom + HOUR_MS;

  let lastSent: number | null = null;
  for (const followUp of debrief.followUps) {
    const sent = parseIso(followUp.sentAt);
    lastSent = lastSent === null ? sent : Math.max(lastSent, sent);
  }
  const followUpFrom = Math.max((lastSent ?? thankYouFrom) + 7 * DAY_MS, calmFrom);

  // A rejection reply within a day or two of the news (or of now, when we don't know when it came).
  const rejectedMs =
    debrief.candidacy.changedAt === undefined ? nowMs : parseIso(debrief.candidacy.changedAt);
  const replyFrom = firstWorkingMoment(Math.max(calmFrom, rejectedMs), clock);
  const replyBy = Math.max(rejectedMs + 2 * DAY_MS, replyFrom + DAY_MS);

  const unanswered = unansweredFollowUps(debrief).map((f) => parseIso(f.sentAt));
  const moveOnFrom =
    debrief.candidacy.status === "rejected"
      ? replyFrom
      : Math.max(nowMs, unanswered.length > 0 ? Math.max(...unanswered) + 7 * DAY_MS : nowMs);

  return {
    coolOff: [nowMs, coolOffUntil?.getTime() ?? nowMs],
    fromNow: [nowMs, null],
    reflect: [calmFrom, calmFrom + DAY_MS],
    lessons: [calmFrom, null],
    thankYou: [thankYouFrom, thankYouBy],
    afterThankYou: [afterThankYouFrom, thankYouBy + 2 * DAY_MS],
    secondInterview: [thankYouFrom + DAY_MS, thankYouFrom + 4 * DAY_MS],
    followUp: [followUpFrom, followUpFrom + 3 * DAY_MS],
    rejectionReply: [replyFrom, replyBy],
    feedback: [replyFrom + DAY_MS, replyFrom + 8 * DAY_MS],
    stayInTouch: [replyFrom + 30 * DAY_MS, null],
    moveOn: [moveOnFrom, null],
  };
}

/** A window of `planInstants`, written as `PlanDates` writes it. */
export function windowOf(instants: PlanInstants, name: PlanWindowName): Window {
  const [earliest, latest] = instants[name];
  return window(earliest, latest);
}

/** Every window a plan may use. Outreach never starts before the cool-off ends. */
export function planDates(
  debrief: Debrief,
  now: Date,
  coolOffUntil: Date | null,
  clock: LocalClock,
): PlanDates {
  const instants = planInstants(debrief, now, coolOffUntil, clock);
  return {
    coolOff: windowOf(instants, "coolOff"),
    fromNow: windowOf(instants, "fromNow"),
    reflect: windowOf(instants, "reflect"),
    lessons: windowOf(instants, "lessons"),
    thankYou: windowOf(instants, "thankYou"),
    afterThankYou: windowOf(instants, "afterThankYou"),
    secondInterview: windowOf(instants, "secondInterview"),
    followUp: windowOf(instants, "followUp"),
    rejectionReply: windowOf(instants, "rejectionReply"),
    feedback: windowOf(instants, "feedback"),
    stayInTouch: windowOf(instants, "stayInTouch"),
    moveOn: windowOf(instants, "moveOn"),
  };
}
