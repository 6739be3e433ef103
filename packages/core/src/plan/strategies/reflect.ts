import { countOf } from "../../text/plural.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Guided review: what went well first, then what could be better; concrete slips apart from impressions. */
export const reflect: StrategyRule = {
  id: "reflect",
  title: "Review the interview, starting with what went well",
  summary:
    "A guided look back: strengths first, then what could have gone better, the one change you would make and how you would succeed there; facts kept apart from vague impressions.",
  sources: [
    cite("JofA", "Hickman"),
    cite("JofA", "Blake"),
    cite("CR-finance", "step 2"),
    cite("Blog", "Brooks"),
    cite("Blog", "Stewart"),
  ],
  applies: () => true,
  step(debrief, ctx) {
    const impressions = debrief.reflection.impressions.length;
    const impressionNote =
      impressions > 0
        ? ` You noted ${countOf(impressions, { one: "vague impression", other: "vague impressions" })} (a look, a tone): keep them apart from the concrete slips and don't read too much into them.`
        : " Keep concrete slips apart from vague impressions such as a look or a tone.";
    return makeStep(reflect, {
      window: ctx.dates.reflect,
      channel: "self",
      rationale: `Starting with what went well gives you an honest picture and the material for your thank-you.${impressionNote} The review also decides what, if anything, your messages need to address.`,
    });
  },
};
