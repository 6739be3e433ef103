import type { Tone } from "./message.js";
import type { Slots } from "./slots.js";
import { joinList, pick } from "./text-tools.js";

/** Sentences shared by several templates, written once so every draft says it the same way. */

export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
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

/** One line, one specific slip: never the interview as a whole. */
export function apologyLine(
  slip: NonNullable<Slots["apologySlip"]>,
  recipientCount: number,
  tone: Tone,
): string {
  const opener = pick(tone, "I also apologise", "And I'm sorry");
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
    default:
      return pick(
        tone,
        `I would also like to apologise for one moment in particular: ${slip.what}.`,
        `I'm also sorry about one moment in particular: ${slip.what}.`,
      );
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

export function circumstanceLine(circumstance: string, tone: Tone): string {
  return pick(
    tone,
    `I would also like to share some context, not as an excuse: ${circumstance}.`,
    `I'd also like to share some context, not as an excuse but so you know: ${circumstance}.`,
  );
}

export function callRequestLine(tone: Tone): string {
  return pick(
    tone,
    "If it would be useful, I would welcome a short, ten-minute call to answer your questions more fully.",
    "If it helps, I'd love a quick ten-minute call to answer your questions more fully.",
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
