import { hasTrustedReferenceWithStrength, importantForgotten } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { clip, makeStep, type StrategyRule } from "../rule.js";

/** Brief a trusted reference on the strengths you left out. */
export const referenceTipOff: StrategyRule = {
  id: "reference-tip-off",
  title: "Brief your reference",
  summary:
    "Tell a trusted reference how it went and ask them to mention the specific strengths you didn't get across.",
  sources: [cite("CR-finance", "step 4")],
  applies: (debrief, ctx) => ctx.active && hasTrustedReferenceWithStrength(debrief),
  step(debrief, ctx) {
    const name = debrief.reference?.name ?? "your reference";
    const forgotten = importantForgotten(debrief)[0];
    const carry =
      forgotten === undefined
        ? "the strengths you want underlined"
        : `“${clip(forgotten.detail, 120)}”`;
    return makeStep(referenceTipOff, {
      title: clip(`Brief ${name}, your reference`, 120),
      window: ctx.dates.afterThankYou,
      channel: "email",
      templates: ["reference-tip-off"],
      rationale: `${clip(name, 80)} can carry what the interview didn't: ask them to mention ${carry} if the employer calls. A reference who knows how it went can speak to it directly.`,
    });
  },
};
