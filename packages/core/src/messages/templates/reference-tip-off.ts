import { greeting, signOff } from "../letter-parts.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { pick } from "../text-tools.js";

/** To a trusted reference: how it went, and the strengths to carry that the interview left out. */
export const referenceTipOff = defineTemplate({
  id: "reference-tip-off",
  title: "Note to your reference",
  channel: "email",
  strategy: "reference-tip-off",
  render: (
    slots: Pick<Slots, "reference" | "rolePhrase" | "company" | "forgotten" | "candidateName">,
    { tone },
  ) => {
    const name = slots.reference?.name ?? null;
    const to = name === null ? [] : [name];
    const points = [
      slots.reference?.canMention ?? null,
      ...slots.forgotten.map((point) => point.detail),
    ].filter((point): point is string => point !== null);
    const ask =
      points.length === 0
        ? pick(
            tone,
            "If they do contact you, anything you can say about the work we did together would help a great deal.",
            "If they do get in touch, anything you can say about our work together would really help.",
          )
        : pick(
            tone,
            `If they do contact you, it would help a great deal if you could mention what I did not get across myself: ${points.join("; ")}.`,
            `If they do get in touch, it would really help if you could mention what I didn't get across myself: ${points.join("; ")}.`,
          );
    return {
      to,
      subject: pick(
        tone,
        `A favour regarding my application to ${slots.company}`,
        `A quick favour about ${slots.company}`,
      ),
      separator: "\n\n",
      parts: [
        greeting(to, tone),
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
