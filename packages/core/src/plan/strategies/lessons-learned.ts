import { theCountOf } from "../../text/plural.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Record the lessons in the journal and review past entries. */
export const lessonsLearned: StrategyRule = {
  id: "lessons-learned",
  title: "Write down the lessons",
  summary:
    "Record the mistakes, the questions you weren't ready for, what you didn't know, dress, mannerisms, wording and logistics, and what you will do differently; review past entries.",
  sources: [
    cite("CR-finance", "step 6"),
    cite("Blog", "Stewart"),
    cite("Blog", "Brooks"),
    cite("LaReau", "lessons"),
  ],
  applies: () => true,
  step(debrief, ctx) {
    const questions = debrief.lessons.unpreparedQuestions.length;
    const focus =
      questions > 0
        ? ` Start with ${theCountOf(questions, { one: "question", other: "questions" })} you weren't ready for and prepare ${questions === 1 ? "an answer" : "an answer for each"}.`
        : "";
    return makeStep(lessonsLearned, {
      window: ctx.dates.lessons,
      channel: "self",
      rationale: `Written lessons turn a bad day into preparation for the next interview.${focus} Look back over past entries before your next interview to spot patterns.`,
    });
  },
};
