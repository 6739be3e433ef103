import { importantForgotten } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { clip, makeStep, type StrategyRule } from "../rule.js";

/** Casually add the important thing that went unsaid: a section of the thank-you email. */
export const correctRecord: StrategyRule = {
  id: "correct-record",
  title: "Add what you forgot to mention",
  summary:
    "A light sentence in the thank-you email with the experience, education or inside connection you forgot to bring up.",
  sources: [cite("CR-finance", "step 4"), cite("Blog", "Brooks")],
  applies: (debrief, ctx) =>
    ctx.active && !ctx.thankYouSent && importantForgotten(debrief).length > 0,
  step(debrief, ctx) {
    const points = importantForgotten(debrief);
    const first = points[0];
    const what = first === undefined ? "the point you forgot" : `“${clip(first.detail, 150)}”`;
    const more = points.length > 1 ? ` (and ${points.length - 1} more)` : "";
    return makeStep(correctRecord, {
      window: ctx.dates.thankYou,
      channel: "email",
      rationale: `You didn't get to mention ${what}${more}. One casual sentence in the thank-you puts it on the record without making it sound like a correction.`,
    });
  },
};
