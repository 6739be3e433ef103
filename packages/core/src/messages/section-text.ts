import { containsApology } from "../lint/apology.js";
import { COMMON_WORDS } from "../lint/common-words.js";
import type { Tone } from "./message.js";
import type { Slots } from "./slots.js";
import { joinList, pick } from "./text-tools.js";

/** Sentences shared by several templates, written once so every draft says it the same way. */

export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/**
 * A phrase the person typed, for after a colon: its first letter lowered when the first word is
 * an everyday one ("The audit case study" → "the audit case study"), never a name or an acronym.
 */
function continuing(phrase: string): string {
  const first = /^\S+/.exec(phrase)?.[0] ?? "";
  const everyday = COMMON_WORDS.has(first.toLowerCase()) || /^\p{Lu}\p{Ll}+ing$/u.test(first);
  return everyday && /^\p{Lu}\p{Ll}/u.test(first)
    ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
    : phrase;
}

/** What went well, in the person's words for the reader ("the audit case study"). */
export function wentWellLine(highlight: string, tone: Tone): string {
  return pick(
    tone,
    `I enjoyed our conversation, and especially ${continuing(highlight)}.`,
    `I really enjoyed our conversation, especially ${continuing(highlight)}.`,
  );
}

/** Why they fit: how they see themselves succeeding there, or our own plain line. */
export function fitLine(vision: string | null, tone: Tone, team: string): string {
  if (vision !== null) {
    return pick(
      tone,
      `I can already see how I would contribute: ${continuing(vision)}.`,
      `I can already picture how I'd contribute: ${continuing(vision)}.`,
    );
  }
  return pick(
    tone,
    `I believe my background is a good match for what ${team} needs.`,
    `I think my background fits what ${team} needs.`,
  );
}

export function correctRecordLine(
  point: Slots["forgotten"][number],
  company: string,
  tone: Tone,
): string {
  const { detail } = point;
  switch (point.kind) {
    case "experience":
      return pick(
        tone,
        `One piece of experience I did not get to mention: ${detail}.`,
        `I also wanted to add some experience that didn't come up: ${detail}.`,
      );
    case "education":
      return pick(
        tone,
        `I should also have mentioned my education: ${detail}.`,
        `I meant to mention my education too: ${detail}.`,
      );
    case "connection":
      return pick(
        tone,
        `I also meant to mention my connection at ${company}: ${detail}.`,
        `I also meant to say that I know someone at ${company}: ${detail}.`,
      );
    case "other":
      return pick(
        tone,
        `One more point I did not get to mention: ${detail}.`,
        `One more thing I didn't get to mention: ${detail}.`,
      );
  }
}

/**
 * One line, one specific slip, never the interview as a whole: the person's own words for the
 * employer when they wrote some, else our neutral line for the kind of slip. What they noted for
 * themselves about it never appears.
 */
export function apologyLine(
  slip: NonNullable<Slots["apologySlip"]>,
  recipientCount: number,
  tone: Tone,
): string {
  const opener = pick(tone, "I also apologise", "And I'm sorry");
  if (slip.words !== null) {
    return containsApology(slip.words)
      ? slip.words
      : `${pick(tone, "I would also like to apologise for one thing.", "I'm also sorry about one thing.")} ${slip.words}`;
  }
  switch (slip.kind) {
    case "wrong-name":
      return `${opener} for getting ${recipientCount === 1 ? "your" : "a"} name wrong when we spoke.`;
    case "late":
      return `${opener} for my late arrival.`;
    case "blanked":
      return `${opener} for the moment my mind went blank on one of your questions.`;
    case "attire":
      return `${opener} for not being dressed for the occasion.`;
    case "inappropriate-question":
      return `${opener} for one of my questions, which was out of place.`;
    case "physical-mishap":
      return `${opener} for the little mishap while we spoke.`;
    default:
      return `${opener} for one moment when I fell short of how I usually work.`;
  }
}

/** Owning the gap between the answers and what they were looking for, without blame. */
export function disconnectLine(tone: Tone): string {
  return pick(
    tone,
    "Looking back on our conversation, I can see a gap between some of my answers and what you were looking for. I take responsibility for that, and I know I can do better.",
    "Thinking back on our conversation, I can see a gap between some of my answers and what you were hoping to hear. That's on me, and I know I can do better.",
  );
}

/** A disclosed circumstance, said once: the person's words for the employer, or our neutral line. */
export function circumstanceLine(words: string | null, tone: Tone): string {
  if (words !== null) return `Some context, not as an excuse: ${continuing(words)}`;
  return pick(
    tone,
    "I would also like you to know, as context rather than an excuse, that I was dealing with a serious personal matter on the day of our interview.",
    "I'd also like you to know, as context rather than an excuse, that I was dealing with a serious personal matter on the day we met.",
  );
}

export function callRequestLine(tone: Tone): string {
  return pick(
    tone,
    "If it would be useful, I would welcome a short, ten-minute call to answer your questions more fully.",
    "If it helps, I'd love a quick ten-minute call to answer your questions more fully.",
  );
}

export function secondInterviewLine(tone: Tone): string {
  return pick(
    tone,
    "If it is at all possible, I would be grateful for the opportunity to meet again, even briefly, so that you can judge me on my best work; I will understand if it is not.",
    "If it's at all possible, I'd be grateful for another conversation, even a short one, so you can see my best work; I'll understand if not.",
  );
}

/** The one feedback question of a gracious reply (LaReau): qualifications, never fit. */
export function feedbackLine(tone: Tone): string {
  return pick(
    tone,
    "If you have a moment, I would value one pointer: what would make my interview, or my qualifications, stronger for a role like this?",
    "If you have a moment, I'd really value one pointer: what would make my interview, or my qualifications, stronger for a role like this?",
  );
}

/** Sincere interest, and the organisation's values as the person sees them. */
export function interestLine(
  slots: Pick<Slots, "rolePhrase" | "company" | "values">,
  tone: Tone,
): string {
  const { rolePhrase, company, values } = slots;
  if (values.length === 0) {
    return pick(
      tone,
      `I remain very interested in ${rolePhrase} and in the work ${company} does.`,
      `I'm still very keen on ${rolePhrase} and on the work ${company} does.`,
    );
  }
  const valued = joinList(values);
  return pick(
    tone,
    `I remain very interested in ${rolePhrase}, and ${possessive(company)} commitment to ${valued} is a large part of why.`,
    `I'm still very keen on ${rolePhrase}, and ${possessive(company)} focus on ${valued} is a big part of that.`,
  );
}
