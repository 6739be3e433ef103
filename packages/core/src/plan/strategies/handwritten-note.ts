import { suitsHandwrittenNote } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** A short handwritten note after the email, where the organisation is small, mid-sized or formal. */
export const handwrittenNote: StrategyRule = {
  id: "handwritten-note",
  title: "Follow the email with a handwritten note",
  summary:
    "After the email, a short handwritten note with something personal you appreciated, your contact details and an invitation to stay in touch. Small, mid-sized and formal organisations only.",
  sources: [cite("JofA", "Hickman"), cite("JofA", "Hough"), cite("LaReau", "thank-you notes")],
  applies: (debrief, ctx) =>
    ctx.active &&
    suitsHandwrittenNote(debrief) &&
    !debrief.followUps.some((followUp) => followUp.channel === "handwritten-note"),
  step(debrief, ctx) {
    const why =
      debrief.organisation.formal === "yes"
        ? "a formal organisation"
        : `a ${debrief.organisation.size === "small" ? "small" : "mid-sized"} organisation`;
    return makeStep(handwrittenNote, {
      window: ctx.dates.afterThankYou,
      channel: "handwritten-note",
      templates: ["handwritten-note"],
      rationale: `${debrief.organisation.name} is ${why}, where a handwritten note still stands out. Send it after the email, mention something personal you appreciated, and include your contact details.`,
    });
  },
};
