import { isStrongCandidate, wentNoticeablyBadly } from "../candidate-facts.js";
import type { DisagreementRule } from "../rule.js";

/** Hickman: nothing to lose, always ask. Clarity: a do-over is the last resort and may look weak. */
export const anotherChance: DisagreementRule = {
  id: "another-chance",
  applies: (debrief, ctx) => ctx.active && wentNoticeablyBadly(debrief),
  build(debrief, ctx, steps) {
    const asking = steps.some((step) => step.strategy === "request-second-interview");
    return {
      id: "another-chance",
      topic: "Ask for another interview?",
      sides: [
        {
          expert: "Karen Hickman",
          source: "JofA",
          position: "You have nothing to lose, so always ask for a short follow-up interview.",
        },
        {
          expert: "Clarity Recruitment",
          source: "CR-finance",
          position:
            "A do-over is an absolute last resort; many employers will say no and some read the request as weakness.",
        },
      ],
      pick: asking
        ? "Ask, as a last resort: it is the one request your messages make."
        : "Don't ask for a second interview.",
      why: asking
        ? "You were a strong candidate the employer was leaning toward, with little left to lose: the case where both sides would accept a request."
        : isStrongCandidate(debrief)
          ? `You were strong, but there is still something to lose here; ${ctx.thankYouGone ? "the thank-you you sent" : "a good thank-you"} serves you better.`
          : "You weren't clearly the front-runner, so the request is more likely to read as weakness than to help.",
    };
  },
};
