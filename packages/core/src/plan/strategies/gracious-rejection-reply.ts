import { isRejected } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** When the no arrives: thanks, disappointment, gratitude, and a request to be kept in mind. */
export const graciousRejectionReply: StrategyRule = {
  id: "gracious-rejection-reply",
  title: "Reply to the no with grace",
  summary:
    "Thank them, say you are disappointed but grateful, and ask to be kept in mind for future openings; dignity first.",
  sources: [cite("LaReau", "when you receive the news"), cite("CR-finance", "step 3")],
  applies: isRejected,
  step(debrief, ctx) {
    return makeStep(graciousRejectionReply, {
      title: `Reply graciously to ${debrief.organisation.name}`,
      window: ctx.dates.rejectionReply,
      channel: "email",
      templates: ["rejection-reply"],
      rationale:
        "A warm, dignified reply within a day or two of the news is remembered. Thank them, admit the disappointment in a word, and ask to be considered for future openings: people who take a no well are the ones called back.",
    });
  },
};
