import fc from "fast-check";
import { type Debrief, DebriefSchema } from "../debrief/debrief.js";
import { SlipKindSchema } from "../debrief/slip-up.js";
import { ForgottenKindSchema } from "../debrief/forgotten-point.js";

/**
 * fast-check generators for property tests: every generated value is a schema-valid debrief
 * (it goes through `DebriefSchema.parse`, so defaults are applied exactly as in production).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Interviews between 2025-01-01 and 2027-01-01, to the minute. */
const BASE = Date.UTC(2025, 0, 1);
const SPAN_MINUTES = 2 * 365 * 24 * 60;

const tri = fc.constantFrom("yes", "no", "unknown" as const);
const shortText = fc.oneof(
  fc.constantFrom(
    "Talked over the panel",
    "Forgot the project budget",
    "Mixed up two dates",
    "Spilled water",
  ),
  fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
  fc.string({ minLength: 150, maxLength: 200 }).filter((s) => s.trim().length > 0),
);
const personName = fc.oneof(
  fc.constantFrom("Marie Dubois", "José Álvarez", "Siobhán O'Neill", "Li Wei", "Anne-Marie", "Ng"),
  fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
);
const iso = (ms: number) => new Date(ms).toISOString();

const endedAtMs = fc.integer({ min: 0, max: SPAN_MINUTES }).map((m) => BASE + m * 60_000);

const slip = fc.record({
  what: shortText,
  kind: fc.constantFrom(...SlipKindSchema.options),
  noticed: fc.constantFrom("certain", "unsure", "no" as const),
  apologisedInPerson: fc.boolean(),
  saidInstead: fc.option(personName, { nil: undefined }),
});

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
});

function debriefInput(endedAt: number) {
  return fc.record({
    interview: fc.record({
      endedAt: fc.constant(iso(endedAt)),
      format: fc.constantFrom("in-person", "video", "phone", "unknown" as const),
      severity: fc.constantFrom("minor", "noticeable", "severe", "unknown" as const),
    }),
    feelings: fc.record({ rawness: fc.constantFrom("calm", "uneasy", "raw", "unknown" as const) }),
    candidacy: fc.record({
      status: fc.constantFrom("waiting", "rejected", "offer", "unknown" as const),
      changedAt: fc.option(
        fc.integer({ min: 0, max: 14 * 24 }).map((h) => iso(endedAt + h * HOUR)),
        { nil: undefined },
      ),
    }),
    standing: fc.record({
      strength: fc.constantFrom("strong", "average", "weak", "unknown" as const),
      employerLeaning: tri,
      wantJob: fc.constantFrom("very", "somewhat", "not-really", "unknown" as const),
      believesFit: tri,
      valuesOrganisation: tri,
    }),
    reflection: fc.record({
      wentWell: fc.array(shortText, { maxLength: 3 }),
      couldBeBetter: fc.array(shortText, { maxLength: 3 }),
      oneChange: fc.option(shortText, { nil: undefined }),
      impressions: fc.array(shortText, { maxLength: 2 }),
    }),
    career: fc.record({
      yearsExperience: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      feedbackSourceTrusted: tri,
      comfortableOnPhone: tri,
    }),
    organisation: fc.record({
      name: fc.oneof(
        fc.constantFrom("Acme Ltd", "Hartley & Price LLP", "City Library"),
        shortText.map((s) => s.slice(0, 80)).filter((s) => s.trim().length > 0),
      ),
      role: fc.option(shortText, { nil: undefined }),
      size: fc.constantFrom("small", "mid-sized", "large", "unknown" as const),
      formal: tri,
      viaRecruiter: fc.boolean(),
      values: fc.array(fc.constantFrom("integrity", "client service", "teamwork", "curiosity"), {
        maxLength: 3,
      }),
    }),
    lessons: fc.record({ unpreparedQuestions: fc.array(shortText, { maxLength: 3 }) }),
    candidate: fc.record({ name: fc.option(personName, { nil: undefined }) }),
    slips: fc.array(slip, { maxLength: 4 }),
    forgotten: fc.array(forgotten, { maxLength: 3 }),
    interviewers: fc.array(interviewer, { maxLength: 3 }),
    followUps: fc.array(
      fc.record({
        sentAt: fc.integer({ min: 1, max: 14 * 24 }).map((h) => iso(endedAt + h * HOUR)),
        channel: fc.constantFrom("email", "phone", "handwritten-note", "other" as const),
        answered: fc.boolean(),
      }),
      { maxLength: 2 },
    ),
    circumstance: fc.option(fc.record({ description: shortText, disclose: fc.boolean() }), {
      nil: undefined,
    }),
    reference: fc.option(
      fc.record({
        name: personName,
        trusted: tri,
        canMention: fc.option(shortText, { nil: undefined }),
      }),
      { nil: undefined },
    ),
  });
}

/** Any schema-valid debrief. */
export const arbitraryDebrief: fc.Arbitrary<Debrief> = endedAtMs
  .chain(debriefInput)
  .map((input) => DebriefSchema.parse(input));

/** A `now` from a few minutes to three weeks after the interview ended. */
export function arbitraryNow(debrief: Debrief): fc.Arbitrary<Date> {
  const ended = Date.parse(debrief.interview.endedAt);
  return fc
    .oneof(
      fc.integer({ min: 1, max: 3 * 60 }).map((m) => m * 60_000),
      fc.integer({ min: 1, max: 21 * DAY }),
    )
    .map((offset) => new Date(ended + offset));
}

/** A debrief together with a `now` after its interview. */
export const arbitraryDebriefAndNow: fc.Arbitrary<{ debrief: Debrief; now: Date }> =
  arbitraryDebrief.chain((debrief) => arbitraryNow(debrief).map((now) => ({ debrief, now })));
