import { isRejected, outreachExhausted } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Turn to the next opportunity. */
export const moveOn: StrategyRule = {
  id: "move-on",
  title: "Turn to the next opportunity",
  summary:
    "Put your energy into the next application in your plan and stay focused on what is ahead.",
  sources: [cite("JofA", "Dennis"), cite("CR-accounting", "step 1"), cite("LaReau", "next steps")],
  applies: (debrief) => isRejected(debrief) || outreachExhausted(debrief),
  step(debrief, ctx) {
    return makeStep(moveOn, {
      window: ctx.dates.moveOn,
      channel: "self",
      rationale: isRejected(debrief)
        ? "The decision is made. Once your reply has gone, give your attention to the next opening on your list; the lessons from this one come with you."
        : "Your follow-up hasn't been answered, and chasing it further would only hurt. If nothing arrives within about a week of it, treat this one as closed and put your effort into the next opportunity.",
    });
  },
};
