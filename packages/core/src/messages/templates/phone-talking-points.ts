import type { Slots } from "../slots.js";
import { defineTemplate, type DraftPart } from "../template-definition.js";
import { joinList, pick } from "../text-tools.js";

/**
 * Talking points, not a script to read aloud: one line each, addressed to the person making the
 * call. Every line starts with an everyday verb so the linter never mistakes it for a name. The
 * call takes the place of a written request; when the plan gives it the circumstance, it is said
 * here, once, and not in the thank-you.
 */
export const phoneTalkingPoints = defineTemplate({
  id: "phone-talking-points",
  title: "Phone call talking points",
  channel: "phone",
  strategy: "phone-call",
  render: (
    slots: Pick<
      Slots,
      "recipients" | "rolePhrase" | "company" | "values" | "circumstance" | "hasBetterAnswer"
    >,
    { tone, sections },
  ) => {
    const whom = slots.recipients.length > 0 ? joinList(slots.recipients) : "the interviewer";
    const better: DraftPart[] = slots.hasBetterAnswer
      ? [
          {
            text: "Offer the better answer you worked out in your review, in a sentence or two.",
            drop: 3,
          },
        ]
      : [];
    const circumstance: DraftPart[] =
      sections.has("explain-circumstances") && slots.circumstance !== null
        ? [
            {
              text:
                slots.circumstance.words === null
                  ? "Say briefly, as context and not as an excuse, that you were dealing with a serious personal matter that day; then move on."
                  : `Say briefly, as context and not as an excuse, what you wrote for them: ${slots.circumstance.words}`,
            },
          ]
        : [];
    const values: DraftPart[] =
      slots.values.length > 0
        ? [{ text: `Say what draws you to ${slots.company}: ${joinList(slots.values)}.`, drop: 5 }]
        : [];
    return {
      to: slots.recipients,
      subject: null,
      separator: "\n",
      parts: [
        { text: `For your call with ${whom} about ${slots.rolePhrase}:` },
        {
          text: pick(
            tone,
            "Open: say who you are, thank them for the interview, and ask whether now suits them for a ten-minute call.",
            "Open: say hello, thank them for the interview, and ask if they have time for a ten-minute call.",
          ),
        },
        {
          text: pick(
            tone,
            `Be honest: say the interview did not show what you can offer ${slots.company}, and that you would like to put that right.`,
            `Be honest: say the interview didn't show what you can offer ${slots.company}, and you'd like to put that right.`,
          ),
        },
        ...circumstance,
        {
          text: "Make the case for your fit: two or three strengths that match what the role needs.",
        },
        ...better,
        ...values,
        { text: "Listen more than you speak, and answer their questions plainly.", drop: 7 },
        {
          text: pick(
            tone,
            "End: thank them, say you would value being considered, and leave it there; do not ring again.",
            "End: thank them, say you'd love to be considered, and leave it there; don't ring again.",
          ),
        },
      ],
    };
  },
});
