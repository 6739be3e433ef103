import type { DisagreementRule } from "../rule.js";

/** Brooks allows a light, true aside with an apology; the others say no excuses at all. */
export const lightExcuse: DisagreementRule = {
  id: "light-excuse",
  applies: (_debrief, _ctx, steps) => steps.some((step) => step.strategy === "apologize-slip"),
  build(debrief) {
    const wrongName = debrief.slips.some(
      (slip) => slip.kind === "wrong-name" && slip.noticed === "certain",
    );
    return {
      id: "light-excuse",
      topic: "Add a light reason to your apology?",
      sides: [
        {
          expert: "Brooks",
          source: "Blog",
          position:
            "A brief, true, light-hearted reason can soften an apology for a small slip such as a wrong name.",
        },
        { expert: "Karen Hickman", source: "JofA", position: "Don't make excuses." },
        {
          expert: "Clarity Recruitment",
          source: "CR-finance",
          position: "Own the mistake without excuses.",
        },
      ],
      pick: "The draft apologises in one plain line; a few light, true words are yours to add.",
      why: wrongName
        ? "Yours is a wrong name, the kind of slip Brooks has in mind, so a short true aside is acceptable; anything longer turns into an excuse."
        : "A reason for this kind of slip easily reads as an excuse, so the plain line is the safer choice.",
    };
  },
};
