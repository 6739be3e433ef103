import { isRejected } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Keep the relationship: openings come up again and interviewers move on to other firms. */
export const stayInTouch: StrategyRule = {
  id: "stay-in-touch",
  title: "Stay in touch",
  summary:
    "Keep the relationship alive: another opening may come up there, and the people you met may move to other firms.",
  sources: [cite("CR-finance", "step 3"), cite("LaReau", "staying in touch")],
  // "The recovery failed" while still waiting is left to no-nuisance: no new outreach after an unanswered follow-up.
  applies: (debrief) => isRejected(debrief) && debrief.standing.valuesOrganisation === "yes",
  step(debrief, ctx) {
    return makeStep(stayInTouch, {
      window: ctx.dates.stayInTouch,
      channel: "email",
      templates: ["stay-in-touch"],
      rationale: `You still think well of ${debrief.organisation.name}. A friendly note in a month or so, with nothing asked of them, keeps you in mind for the next opening there or wherever your interviewers go next.`,
    });
  },
};
