import { type LintRule, lintFacts } from "../lint-context.js";

const FOLLOW_UP_WORDING =
  /\b(?:follow(?:ing)?[- ]up|checking in|check in|any (?:news|update)s?)\b/i;

/** A follow-up draft (by template, or by its wording when hand-written) after one already went unanswered. */
export const secondFollowUp: LintRule = (
  text,
  { debrief, templateId },
  facts = lintFacts(text, debrief),
) => {
  const isFollowUp =
    templateId === undefined ? FOLLOW_UP_WORDING.test(text) : templateId === "follow-up";
  if (!isFollowUp) return [];
  const unanswered = facts.debrief.unansweredFollowUps();
  if (unanswered === 0) return [];
  return [
    {
      ruleId: "second-follow-up",
      guard: "no-nuisance",
      span: { start: 0, end: text.length },
      message: `You already followed up ${unanswered === 1 ? "once" : `${unanswered} times`} without an answer.`,
      suggestion:
        "Don't send another: one unanswered follow-up is the signal to move on to the next opportunity.",
    },
  ];
};
