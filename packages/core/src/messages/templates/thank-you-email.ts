import { greeting, signOff } from "../letter-parts.js";
import {
  apologyLine,
  callRequestLine,
  circumstanceLine,
  correctRecordLine,
  disconnectLine,
  interestLine,
} from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate, type DraftPart } from "../template-definition.js";
import { pick } from "../text-tools.js";

/** Brief thanks that leads with fit; the plan decides which repair sections join it. */
export const thankYouEmail = defineTemplate({
  id: "thank-you-email",
  title: "Thank-you email",
  channel: "email",
  strategy: "thank-you-email",
  render: (
    slots: Pick<
      Slots,
      | "recipients"
      | "rolePhrase"
      | "company"
      | "values"
      | "forgotten"
      | "apologySlip"
      | "circumstance"
      | "candidateName"
    >,
    { tone, sections },
  ) => {
    const optional = (when: boolean, text: string, drop: number): DraftPart[] =>
      when ? [{ text, drop }] : [];
    return {
      to: slots.recipients,
      subject: pick(
        tone,
        `Thank you for the interview at ${slots.company}`,
        "Thank you for your time",
      ),
      separator: "\n\n",
      parts: [
        greeting(slots.recipients, tone),
        {
          text: pick(
            tone,
            `Thank you for taking the time to speak with me about ${slots.rolePhrase} at ${slots.company}.`,
            `Thank you so much for speaking with me about ${slots.rolePhrase} at ${slots.company}.`,
          ),
        },
        {
          text: pick(
            tone,
            "Our conversation confirmed my interest, and I believe my background is a good match for what your team needs.",
            "Our conversation left me even more excited about the role, and I think my background fits what your team needs.",
          ),
          drop: 9,
        },
        ...slots.forgotten.flatMap((point, index) =>
          optional(
            sections.has("correct-record"),
            correctRecordLine(point, slots.company, tone),
            index === 0 ? 3 : 7,
          ),
        ),
        ...optional(
          sections.has("apologize-slip") && slots.apologySlip !== null,
          slots.apologySlip === null
            ? ""
            : apologyLine(slots.apologySlip, slots.recipients.length, tone),
          2,
        ),
        ...optional(sections.has("acknowledge-disconnect"), disconnectLine(tone), 4),
        ...optional(
          sections.has("explain-circumstances") && slots.circumstance !== null,
          circumstanceLine(slots.circumstance ?? "", tone),
          5,
        ),
        { text: interestLine(slots, tone), drop: 8 },
        ...optional(sections.has("request-call"), callRequestLine(tone), 6),
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
