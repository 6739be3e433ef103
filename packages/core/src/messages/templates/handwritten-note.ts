import { greeting, signOff } from "../letter-parts.js";
import { possessive } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { joinList, pick } from "../text-tools.js";

/** A card that follows the email: thanks, one thing appreciated, contact details, an open door. */
export const handwrittenNote = defineTemplate({
  id: "handwritten-note",
  title: "Handwritten note",
  channel: "handwritten-note",
  strategy: "handwritten-note",
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
    { tone },
  ) => {
    const matter = slots.values.length === 1 ? "matters" : "matter";
    const appreciated =
      slots.values.length > 0
        ? pick(
            tone,
            `I especially appreciated hearing how much ${joinList(slots.values)} ${matter} at ${slots.company}.`,
            `I really liked hearing how much ${joinList(slots.values)} ${matter} at ${slots.company}.`,
          )
        : pick(
            tone,
            `I especially appreciated learning about ${possessive(slots.company)} work and your part in it.`,
            `I really enjoyed learning about ${possessive(slots.company)} work and your part in it.`,
          );
    const keepInTouch =
      slots.contact === null
        ? pick(tone, "I would be glad to stay in touch.", "I'd love to stay in touch.")
        : pick(
            tone,
            `I would be glad to stay in touch; you can reach me at ${slots.contact}.`,
            `I'd love to stay in touch; you can reach me at ${slots.contact}.`,
          );
    return {
      to: slots.recipients,
      subject: null,
      separator: "\n\n",
      parts: [
        greeting(slots.addressees, tone),
        {
          text: pick(
            tone,
            `Thank you for meeting with me about ${slots.rolePhrase}.`,
            `Thank you so much for meeting me about ${slots.rolePhrase}.`,
          ),
        },
        { text: appreciated, drop: 3 },
        { text: keepInTouch },
        signOff(tone, slots.candidateName),
      ],
    };
  },
});
