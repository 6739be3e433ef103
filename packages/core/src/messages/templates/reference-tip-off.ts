import { greetingByFirstName, signOff } from "../letter-parts.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { pick } from "../text-tools.js";

/**
 * To a trusted reference, about the candidate (ADVICE.md "Speak to the right reader"): how it went,
 * and what they could mention, in the words the person wrote for them (`reference.canMention`).
 * Nothing written for the employer (a forgotten point, "your team") is pasted in.
 */
export const referenceTipOff = defineTemplate({
  id: "reference-tip-off",
  title: "Note to your reference",
  channel: "email",
  strategy: "reference-tip-off",
  render: (
    slots: Pick<Slots, "reference" | "rolePhrase" | "company" | "candidateName">,
    { tone },
  ) => {
    const addressee = slots.reference?.addressee ?? null;
    const canMention = slots.reference?.canMention ?? null;
    const ask =
      canMention === null
        ? pick(
            tone,
            "If they do contact you, anything you can say about the work we did together, and the strengths you saw in it, would help a great deal.",
            "If they do get in touch, anything you can say about our work together, and the strengths you saw in it, would really help.",
          )
        : pick(
            tone,
            `If they do contact you, it would help a great deal if you could mention what I did not get across myself: ${canMention}.`,
            `If they do get in touch, it would really help if you could mention what I didn't get across myself: ${canMention}.`,
          );
    return {
      to: addressee === null ? [] : [addressee.formal],
      subject: pick(
        tone,
        `A favour regarding my application to ${slots.company}`,
        `A quick favour about ${slots.company}`,
      ),
      separator: "\n\n",
      parts: [
        greetingByFirstName(addressee, tone),
        {
          text: pick(
            tone,
            `I have just interviewed for ${slots.rolePhrase} at ${slots.company}, and they may contact you as one of my references.`,
            `I've just interviewed for ${slots.rolePhrase} at ${slots.company}, and they may get in touch with you as my reference.`,
          ),
        },
        {
          text: pick(
            tone,
            "The interview did not go as well as I had hoped, and some of my strengths did not come across.",
            "The interview didn't go as well as I'd hoped, and some of my strengths didn't come across.",
          ),
        },
        { text: ask },
        {
          text: pick(
            tone,
            "Thank you for vouching for me; I appreciate it.",
            "Thank you for vouching for me; it means a lot.",
          ),
        },
        signOff(tone, slots.candidateName),
      ],
    };
  },
});
