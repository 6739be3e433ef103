import type { Debrief } from "../debrief/debrief.js";
import { codeUnitsAt } from "../text/code-units.js";

/** Longest stretch of the person's own words quoted back in a prompt. */
const MAX_QUOTE = 90;

/** The offset just after the first `count` code points of `text` (its length when it has fewer). */
function afterCodePoints(text: string, count: number): number {
  let index = 0;
  for (let seen = 0; seen < count && index < text.length; seen += 1)
    index += codeUnitsAt(text, index);
  return index;
}

/** The person's words in quotes, cut after 89 code points (with "…") when longer than 90. */
export function quote(text: string): string {
  const trimmed = text.trim();
  // A text has no more code points than code units: a short one is quoted whole, not split up.
  if (trimmed.length <= MAX_QUOTE) return `"${trimmed}"`;
  // Counted in place instead of splitting the text into an array of code points.
  const kept = afterCodePoints(trimmed, MAX_QUOTE - 1);
  if (afterCodePoints(trimmed, MAX_QUOTE) >= trimmed.length) return `"${trimmed}"`;
  return `"${trimmed.slice(0, kept).trimEnd()}…"`;
}

function quoteList(items: readonly string[], max = 2): string {
  return items.slice(0, max).map(quote).join(" and ");
}

/**
 * The guided review, in the order of ADVICE.md `reflect` then `perspective`: what went well
 * first (so the rest is read against it), what could have gone better, concrete slip-ups kept
 * apart from vague impressions, the one change, a better answer, success in the role; then
 * perspective. Our own prose, personalised with the organisation, the role and the person's
 * own notes where that makes a prompt easier to answer.
 */
export function reflectionPrompts(debrief: Debrief): string[] {
  const { organisation, reflection, slips, lessons } = debrief;
  const name = organisation.name;
  const role = organisation.role;
  const concreteSlips = slips.map((slip) => slip.what);
  const nervesWorry =
    slips.some((slip) => slip.kind === "nerves") || reflection.impressions.length > 0;

  const prompts = [
    reflection.wentWell.length > 0
      ? `Start with the good parts. You noted ${quoteList(reflection.wentWell)}. What else went well at ${name}: an answer, a moment of rapport, a question you handled?`
      : `Start with the good parts: what went well in your interview at ${name}? Think of an answer you were pleased with, a moment of rapport, a question you handled.`,
    reflection.couldBeBetter.length > 0
      ? `Now what could have gone better. You noted ${quoteList(reflection.couldBeBetter)}. Keep to specific moments rather than judging the whole interview.`
      : "Now what could have gone better? Name specific moments rather than judging the whole interview.",
    concreteSlips.length > 0
      ? `Sort what you remember into two piles. Concrete slip-ups you can point to, such as ${quoteList(concreteSlips)}, go in one. Impressions (a look, a tone, a pause) go in the other. Only the first pile can call for any action.`
      : "Sort what you remember into two piles: concrete slip-ups you can point to (a wrong name, a late arrival, an answer that missed) and impressions (a look, a tone, a pause). Only the first pile can call for any action.",
  ];
  if (reflection.impressions.length > 0) {
    prompts.push(
      `You noted ${quoteList(reflection.impressions, 1)}. A glance or a silence is hard to read and often has nothing to do with you: write it down, then don't build conclusions on it.`,
    );
  }
  prompts.push(
    reflection.oneChange !== undefined
      ? `You said the one thing you would change is ${quote(reflection.oneChange)}. What will you do differently to make that happen next time?`
      : "If you could change one thing about this interview, what would it be?",
    lessons.unpreparedQuestions.length > 0
      ? `Take the question you weren't ready for, ${quote(lessons.unpreparedQuestions[0] ?? "")}. How would you answer it now, with time to think?`
      : "Pick the answer you are least happy with. How would you answer it now, with time to think?",
    role !== undefined
      ? `Picture yourself six months into the ${role} role at ${name}. What are you doing well there, and which of your strengths is it using?`
      : `Picture yourself six months into the job at ${name}. What are you doing well there, and which of your strengths is it using?`,
    "Before you settle on a verdict: people usually come across better than they feel they did. What evidence do you have, beyond the feeling, that it went as badly as you think?",
  );
  if (nervesWorry) {
    prompts.push(
      "Interviewers meet nervous candidates every day and mostly look past the nerves to what was said. Which of your answers would still stand if you read them on paper?",
    );
  }
  prompts.push(
    "Who is a friend or colleague you trust to talk this through with, and when could you call them?",
  );
  return prompts;
}
