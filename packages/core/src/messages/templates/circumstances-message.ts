import { greeting, signOff } from "../letter-parts.js";
import { interestLine } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate, type DraftPart } from "../template-definition.js";
import { pick } from "../text-tools.js";

/**
 * A serious outside distraction, told once as context and never as a plea. Without a disclosed
 * circumstance it says nothing of the day and stays a short note of interest.
 */
export const circumstancesMessage = defineTemplate({
  id: "circumstances-message",
  title: "Context about the day",
  channel: "email",
  strategy: "explain-circumstances",
  render: (
    slots: Pick<
      Slots,
      "recipients" | "rolePhrase" | "company" | "values" | "circumstance" | "candidateName"
    >,
    { tone },
  ) => {
    const context: DraftPart[] =
      slots.circumstance === null
        ? []
        : [
            {
              text: pick(
                tone,
                `I would like to share some context about the day of our interview, not as an excuse but so that you have the full picture: ${slots.circumstance}.`,
                `I'd like to share some context about the day of our interview, not as an excuse but so you have the full picture: ${slots.circumstance}.`,
              ),
            },
            {
              text: pick(
                tone,
                "I mention it only once, and it has not changed what I can offer your team.",
                "I'll mention it just this once; it hasn't changed what I can offer your team.",
              ),
              drop: 3,
            },
          ];
    return {
      to: slots.recipients,
      subject: pick(tone, "Some context on our interview", "A little context on our interview"),
      separator: "\n\n",
      parts: [
        greeting(slots.recipients, tone),
        {
          text: pick(
            tone,
            `Thank you again for meeting me about ${slots.rolePhrase} at ${slots.company}.`,
            `Thanks again for meeting me about ${slots.rolePhrase} at ${slots.company}.`,
          ),
        },
        ...context,
        { text: interestLine(slots, tone) },
        {
          text: pick(
            tone,
            "Thank you for reading this, and I wish you and the team well.",
            "Thanks for reading, and all the best to you and the team.",
          ),
        },
        signOff(tone, slots.candidateName),
      ],
    };
  },
});
