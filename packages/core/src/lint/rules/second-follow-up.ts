import { unansweredFollowUps } from "../../plan/candidate-facts.js";
import type { LintRule } from "../lint-context.js";

const FOLLOW_UP_WORDING =
  /\b(?:follow(?:ing)?[- ]up|checking in|check in|any (?:news|update)s?)\b/i;

/** A follow-up draft (by template, or by its wording when hand-written) after one already went unanswered. */
export const secondFollowUp: LintRule = (text, { debrief, templateId }) => {
  const unanswered = unansweredFollowUps(debrief);
  if (unanswered.length === 0) return [];
  const isFollowUp =
    templateId === undefined ? FOLLOW_UP_WORDING.test(text) : templateId === "follow-up";
  if (!isFollowUp) return [];
  return [
    {
      ruleId: "second-follow-up",
      guard: "no-nuisance",
      span: { start: 0, end: text.length },
      message: `You already followed up ${unanswered.length === 1 ? "once" : `${unanswered.length} times`} without an answer.`,
      suggestion:
        "Don't send another: one unanswered follow-up is the signal to move on to the next opportunity.",
    },
  ];
};
