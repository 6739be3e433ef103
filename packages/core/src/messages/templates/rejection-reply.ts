import { greeting, signOff } from "../letter-parts.js";
import { feedbackLine, possessive } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { joinList, pick } from "../text-tools.js";

/**
 * When the no arrives: thanks, a word of disappointment, gratitude, and a door left open; the one
 * feedback question, when the plan asks it, is a line of this reply (LaReau), not a message of its own.
 */
export const rejectionReply = defineTemplate({
  id: "rejection-reply",
  title: "Gracious reply to a rejection",
  channel: "email",
  strategy: "gracious-rejection-reply",
  render: (
    slots: Pick<
      Slots,
      | "recipients"
      | "addressees"
      | "rolePhrase"
      | "company"
      | "values"
      | "candidateName"
      | "contact"
    >,
    { tone, sections },
  ) => {
    const respect =
      slots.values.length > 0
        ? pick(
            tone,
            `I have a great deal of respect for ${possessive(slots.company)} commitment to ${joinList(slots.values)}.`,
            `I really admire ${possessive(slots.company)} focus on ${joinList(slots.values)}.`,
          )
        : pick(
            tone,
            `I have a great deal of respect for the work ${slots.company} does.`,
            `I really admire the work ${slots.company} does.`,
          );
    return {
      to: slots.recipients,
      subject: pick(tone, "Thank you for letting me know", "Thanks for letting me know"),
      separator: "\n\n",
      parts: [
        greeting(slots.addressees, tone),
        {
          text: pick(
            tone,
            `Thank you for letting me know your decision about ${slots.rolePhrase}. I am disappointed, of course, but grateful for the time you and your colleagues gave me.`,
            `Thank you for letting me know about ${slots.rolePhrase}. I'm disappointed, of course, but grateful for the time you and the team gave me.`,
          ),
        },
        ...(sections.has("request-feedback") ? [{ text: feedbackLine(tone), drop: 1 }] : []),
        { text: respect, drop: 5 },
        {
          text: pick(
            tone,
            `If another opening at ${slots.company} suits my background, I would be glad to be considered, and I hope our paths cross again.`,
            `If another opening at ${slots.company} fits my background, I'd love to be considered, and I hope our paths cross again.`,
          ),
        },
        {
          text: pick(
            tone,
            "I wish you and the team every success.",
            "All the best to you and the team.",
          ),
          drop: 7,
        },
        signOff(tone, slots.candidateName, slots.contact),
      ],
    };
  },
});
