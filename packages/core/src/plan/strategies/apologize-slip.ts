import { slipToApologiseFor, surelyNoticedSlips } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { clip, makeStep, type StrategyRule } from "../rule.js";

/** A one-line apology for one specific slip the interviewer surely noticed. */
export const apologizeSlip: StrategyRule = {
  id: "apologize-slip",
  title: "Apologise for one specific slip, in one line",
  summary:
    "One sentence owning one slip the interviewer certainly noticed and you have not already apologised for; never an apology for the whole interview.",
  sources: [cite("Blog", "Brooks"), cite("CR-finance", "step 4")],
  applies: (debrief, ctx) =>
    ctx.active && !ctx.thankYouSent && slipToApologiseFor(debrief) !== undefined,
  step(debrief, ctx) {
    const slip = slipToApologiseFor(debrief);
    const what = slip === undefined ? "the slip" : `“${clip(slip.what, 150)}”`;
    const others =
      surelyNoticedSlips(debrief).length > 1
        ? " Only this one: a list of apologies reads as grovelling."
        : "";
    // Our own line says it for most kinds; for "something else" only the person's words can.
    const words =
      slip?.kind === "other" && slip.forEmployer === undefined
        ? " Your note about it stays private, so the draft uses a neutral line: to say it your way, add one sentence for them to read to this slip in your answers."
        : "";
    return makeStep(apologizeSlip, {
      window: ctx.dates.thankYou,
      channel: "email",
      rationale: `The interviewer certainly noticed ${what} and you haven't apologised for it yet, so one plain line in the thank-you clears it up. No excuse, no apology for the interview as a whole.${others}${words}`,
    });
  },
};
