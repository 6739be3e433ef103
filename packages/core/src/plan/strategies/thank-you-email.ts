import { cite } from "../sources.js";
import { clip, makeStep, type StrategyRule } from "../rule.js";

/** A brief thank-you email that leads with fit and strengths; the recovery sections are steps of their own. */
export const thankYouEmail: StrategyRule = {
  id: "thank-you-email",
  title: "Send a short thank-you email",
  summary:
    "A brief thank-you that leads with your fit and strongest points, adds only the sections your situation needs, makes no excuses and closes warmly.",
  sources: [
    cite("JofA", "Hickman"),
    cite("JofA", "Dennis"),
    cite("CR-finance", "step 4"),
    cite("Blog", "Brooks"),
    cite("LaReau", "thank-you notes"),
  ],
  applies: (_debrief, ctx) => ctx.active && !ctx.thankYouSent,
  step(debrief, ctx) {
    const strength = debrief.reflection.wentWell[0];
    const lead =
      strength === undefined
        ? "Lead with why you fit the role"
        : `Lead with what went well (“${clip(strength, 120)}”) and why you fit`;
    return makeStep(thankYouEmail, {
      title: clip(`Send a short thank-you email to ${debrief.organisation.name}`, 120),
      window: ctx.dates.thankYou,
      channel: "email",
      templates: ["thank-you-email"],
      rationale: `You are still in the running, and a prompt, gracious thank-you keeps you there. ${lead}, keep it brief, and send it once the cool-off is over and within about a day of the interview.`,
    });
  },
};
