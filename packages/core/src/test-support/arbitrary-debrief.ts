import fc from "fast-check";
import { type Debrief, type DebriefInput, DebriefSchema } from "../debrief/debrief.js";
import { ForgottenKindSchema } from "../debrief/forgotten-point.js";
import { SlipKindSchema } from "../debrief/slip-up.js";

/**
 * fast-check generators for property tests: every generated value is a schema-valid debrief
 * (it goes through `DebriefSchema.parse`, so defaults are applied exactly as in production).
 *
 * Every date is generated as an offset from the interview end and made absolute in one final
 * `map`: no `chain`, which rebuilt the whole record arbitrary for every value and was the
 * slowest part of the property tests.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Interviews between 2025-01-01 and 2027-01-01, to the minute. */
const BASE = Date.UTC(2025, 0, 1);
const SPAN_MINUTES = 2 * 365 * 24 * 60;

const tri = fc.constantFrom("yes", "no", "unknown" as const);

// Near the 200-character limit, cheaply: per-character generation of long strings is slow.
const LONG =
  "Spent the first ten minutes of the technical round describing a reconciliation project in far more detail than anyone asked for, then ran out of time for the question about month-end close, which mattered most to them.";
const nearLimitText = fc
  .integer({ min: 150, max: 200 })
  .map((length) => LONG.slice(0, length).trim());
const shortText = fc.oneof(
  fc.constantFrom(
    "Talked over the panel",
    "Forgot the project budget",
    "Mixed up two dates",
    "Spilled water",
    "Arrived ten minutes late",
    "Blanked on the question about IFRS 16",
  ),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  nearLimitText,
);
const longText = fc.oneof(shortText, fc.constant(`${LONG} ${LONG} ${LONG}`));
const personName = fc.oneof(
  fc.constantFrom(
    "Marie Dubois",
    "José Álvarez",
    "Siobhán O'Neill",
    "Li Wei",
    "Anne-Marie",
    "Ng",
    "Dr. Priya Natarajan",
    "Anne-Sophie de la Tour d'Auvergne-Lauraguais",
  ),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
);

/**
 * Words written for the employer to read: fit to send, or not (self-blame, an excuse, a second
 * apology), so the drafts are seen to use the first kind as typed and to fall back on the second.
 */
const wordsForEmployer = fc.oneof(
  fc.constantFrom(
    "I'm sorry I took a call during our conversation.",
    "Apologies for arriving a few minutes after our agreed time",
    "My father was taken to hospital the night before our interview.",
    "I was looking after a family member who was seriously ill that week",
    "took a call from my mum halfway through, so stupid of me",
    "I was exhausted because I was up all night",
    "I'm so so sorry, I messed everything up",
    "I blew it, I know",
  ),
  shortText,
);

/** Where people live: daylight saving north and south, half and three-quarter hours, both sides of UTC. */
const timeZone = fc.constantFrom(
  "Europe/London",
  "Europe/Paris",
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Chatham",
  "UTC",
);

/** Hours after the interview end, made absolute later. */
const hoursAfter = (max: number, min = 0) => fc.integer({ min, max });

const slip = fc.oneof(
  fc.record({
    what: shortText,
    kind: fc.constantFrom(...SlipKindSchema.options),
    noticed: fc.constantFrom("certain", "unsure", "no" as const),
    apologisedInPerson: fc.boolean(),
    saidInstead: fc.option(personName, { nil: undefined }),
    forEmployer: fc.option(wordsForEmployer, { nil: undefined }),
  }),
  // The catalogue's own example: called Marie "Mary" (the linter's name check needs it often).
  fc.record({
    what: fc.constant("Called Marie “Mary”"),
    kind: fc.constant("wrong-name" as const),
    noticed: fc.constantFrom("certain", "unsure", "no" as const),
    apologisedInPerson: fc.boolean(),
    saidInstead: fc.constant("Mary"),
  }),
);

const forgotten = fc.record({
  kind: fc.constantFrom(...ForgottenKindSchema.options),
  detail: shortText,
  important: fc.boolean(),
});

const interviewer = fc.record({
  name: personName,
  title: fc.option(shortText, { nil: undefined }),
  email: fc.option(fc.constantFrom("marie@example.com", "hr@acme.test"), { nil: undefined }),
  recipient: fc.boolean(),
  honorific: fc.option(fc.constantFrom("Dr", "Ms", "Mr", "Mx", "Prof", "Mme"), { nil: undefined }),
  address: fc.option(fc.oneof(fc.constantFrom("Ms Dubois", "Professor Ng", "Priya"), personName), {
    nil: undefined,
  }),
});

const followUp = fc.record({
  sentAt: hoursAfter(14 * 24, 1),
  channel: fc.constantFrom("email", "phone", "handwritten-note", "other" as const),
  answered: fc.boolean(),
});

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** A debrief whose dates are still hours after the interview end. */
const relativeDebrief = fc.record({
  interview: fc.record({
    format: fc.constantFrom("in-person", "video", "phone", "unknown" as const),
    severity: fc.constantFrom("minor", "noticeable", "severe", "unknown" as const),
  }),
  feelings: fc.record({ rawness: fc.constantFrom("calm", "uneasy", "raw", "unknown" as const) }),
  candidacy: fc.record({
    status: fc.constantFrom("waiting", "rejected", "offer", "unknown" as const),
    changedAt: optional(hoursAfter(14 * 24)),
  }),
  // Front-runners are rare at random, but they are the only ones a do-over is ever for.
  standing: fc.oneof(
    fc.record({
      strength: fc.constantFrom("strong", "average", "weak", "unknown" as const),
      employerLeaning: tri,
      wantJob: fc.constantFrom("very", "somewhat", "not-really", "unknown" as const),
      believesFit: tri,
      valuesOrganisation: tri,
    }),
    fc.record({
      strength: fc.constant("strong" as const),
      employerLeaning: fc.constant("yes" as const),
      wantJob: fc.constantFrom("very", "somewhat" as const),
      believesFit: tri,
      valuesOrganisation: tri,
    }),
  ),
  reflection: fc.record({
    wentWell: fc.array(
      fc.oneof(
        fc.constantFrom(
          "the audit case study",
          "Talking through my reconciliation project",
          "nothing, I was a total disaster",
        ),
        shortText,
      ),
      { maxLength: 3 },
    ),
    couldBeBetter: fc.array(shortText, { maxLength: 3 }),
    oneChange: optional(longText),
    answerDifferently: optional(longText),
    successVision: optional(
      fc.oneof(
        fc.constantFrom(
          "bringing my automation work to your month-end close",
          "I'd lead the client onboarding redesign in my first year",
        ),
        longText,
      ),
    ),
    impressions: fc.array(shortText, { maxLength: 2 }),
  }),
  career: fc.record({
    yearsExperience: optional(fc.integer({ min: 0, max: 60 })),
    feedbackSourceTrusted: tri,
    // Half say yes: a phone call is one of the kit's two kinds of request.
    comfortableOnPhone: fc.constantFrom("yes", "yes", "no", "unknown" as const),
  }),
  organisation: fc.record({
    name: fc.oneof(
      fc.constantFrom("Acme Ltd", "Hartley & Price LLP", "City Library"),
      shortText.map((s) => s.slice(0, 80).trim()).filter((s) => s.length > 0),
    ),
    role: optional(shortText),
    size: fc.constantFrom("small", "mid-sized", "large", "unknown" as const),
    formal: tri,
    viaRecruiter: fc.boolean(),
    values: fc.array(fc.constantFrom("integrity", "client service", "teamwork", "curiosity"), {
      maxLength: 3,
    }),
  }),
  lessons: fc.record({
    unpreparedQuestions: fc.array(shortText, { maxLength: 3 }),
    informationLacked: optional(longText),
    logistics: optional(shortText),
  }),
  candidate: fc.record({
    name: optional(personName),
    email: optional(fc.constant("sam@example.com")),
    phone: optional(fc.constant("+44 20 7946 0000")),
  }),
  slips: fc.array(slip, { maxLength: 4 }),
  forgotten: fc.array(forgotten, { maxLength: 3 }),
  interviewers: fc.array(interviewer, { maxLength: 3 }),
  // Nothing sent yet is the common case (the whole recovery is still ahead), so it gets half the weight.
  followUps: fc.oneof(
    fc.array(followUp, { maxLength: 0 }),
    fc.array(followUp, { minLength: 1, maxLength: 3 }),
  ),
  circumstance: optional(
    fc.record({
      description: longText,
      // Disclosed twice as often as kept: a disclosed one is the case every composition rule is about.
      disclose: fc.constantFrom(true, true, false),
      forEmployer: optional(wordsForEmployer),
    }),
  ),
  reference: optional(
    fc.record({
      name: personName,
      relation: optional(shortText),
      trusted: tri,
      canMention: optional(
        fc.oneof(fc.constantFrom("my lead role on the year-end close"), longText),
      ),
    }),
  ),
  timeZone: optional(timeZone),
});

type RelativeDebrief = typeof relativeDebrief extends fc.Arbitrary<infer T> ? T : never;

function absolute(relative: RelativeDebrief, endedMs: number): DebriefInput {
  const at = (hours: number) => new Date(endedMs + hours * HOUR).toISOString();
  const { changedAt } = relative.candidacy;
  return {
    ...relative,
    interview: { ...relative.interview, endedAt: at(0) },
    candidacy: {
      status: relative.candidacy.status,
      ...(changedAt === undefined ? {} : { changedAt: at(changedAt) }),
    },
    followUps: relative.followUps.map((followUp) => ({ ...followUp, sentAt: at(followUp.sentAt) })),
  };
}

const endedAtMs = fc.integer({ min: 0, max: SPAN_MINUTES }).map((m) => BASE + m * MINUTE);

/** From a few minutes (inside any cool-off) to three weeks after the interview. */
const nowOffsetMs = fc.oneof(
  fc.integer({ min: 1, max: 3 * 60 }).map((m) => m * MINUTE),
  fc.integer({ min: 1, max: 21 * DAY }),
);

/** A debrief together with a `now` after its interview. */
export const arbitraryDebriefAndNow: fc.Arbitrary<{ debrief: Debrief; now: Date }> = fc
  .tuple(relativeDebrief, endedAtMs, nowOffsetMs)
  .map(([relative, ended, offset]) => ({
    debrief: DebriefSchema.parse(absolute(relative, ended)),
    now: new Date(ended + offset),
  }));

/** Any schema-valid debrief. */
export const arbitraryDebrief: fc.Arbitrary<Debrief> = arbitraryDebriefAndNow.map(
  ({ debrief }) => debrief,
);
