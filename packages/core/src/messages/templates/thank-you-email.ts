import { greeting, signOff } from "../letter-parts.js";
import { repairParts, requestPart } from "../repair-parts.js";
import { fitLine, interestLine, wentWellLine } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate, type DraftPart } from "../template-definition.js";
import { pick } from "../text-tools.js";

/**
 * The one written message that carries the repair (ADVICE.md "How the messages fit together"):
 * thanks; what went well and why they fit; the repair sections the plan gives it; interest; at
 * most one request; a warm close.
 */
export const thankYouEmail = defineTemplate({
  id: "thank-you-email",
  title: "Thank-you email",
  channel: "email",
  strategy: "thank-you-email",
  render: (
    slots: Pick<
      Slots,
      | "recipients"
      | "addressees"
      | "rolePhrase"
      | "company"
      | "values"
      | "wentWell"
      | "vision"
      | "team"
      | "forgotten"
      | "apologySlip"
      | "circumstance"
      | "candidateName"
    >,
    { tone, sections },
  ) => {
    const highlight: DraftPart[] =
      slots.wentWell === null ? [] : [{ text: wentWellLine(slots.wentWell, tone), drop: 11 }];
    return {
      to: slots.recipients,
      subject: pick(
        tone,
        `Thank you for the interview at ${slots.company}`,
        "Thank you for your time",
      ),
      separator: "\n\n",
      parts: [
        greeting(slots.addressees, tone),
        {
          text: pick(
            tone,
            `Thank you for taking the time to speak with me about ${slots.rolePhrase} at ${slots.company}.`,
            `Thank you so much for speaking with me about ${slots.rolePhrase} at ${slots.company}.`,
          ),
        },
        ...highlight,
        { text: fitLine(slots.vision, tone, slots.team), drop: slots.vision === null ? 10 : 12 },
        ...repairParts(slots, sections, tone),
        { text: interestLine(slots, tone), drop: 9 },
        ...requestPart(sections, tone),
        {
          text: pick(
            tone,
            "Thank you again for your time and consideration. I wish you and the team well.",
            "Thanks again for your time, and all the best to you and the team.",
          ),
        },
        signOff(tone, slots.candidateName),
      ],
    };
  },
});
