import { greeting, signOff } from "../letter-parts.js";
import { callRequestLine, correctRecordLine } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate, type DraftPart } from "../template-definition.js";
import { pick } from "../text-tools.js";

/** Ask in writing for about ten minutes to answer their questions better. */
export const callRequest = defineTemplate({
  id: "call-request",
  title: "Request for a short call",
  channel: "email",
  strategy: "request-call",
  render: (
    slots: Pick<
      Slots,
      | "recipients"
      | "rolePhrase"
      | "company"
      | "forgotten"
      | "betterAnswer"
      | "candidateName"
      | "contact"
    >,
    { tone },
  ) => {
    const example: DraftPart[] =
      slots.betterAnswer === null
        ? []
        : [
            {
              text: pick(
                tone,
                `For example, I would now answer along these lines: ${slots.betterAnswer}.`,
                `For example, here is how I'd answer now: ${slots.betterAnswer}.`,
              ),
              drop: 3,
            },
          ];
    const forgotten = slots.forgotten[0];
    return {
      to: slots.recipients,
      subject: pick(
        tone,
        `A request for a short call about ${slots.rolePhrase}`,
        `A quick call about ${slots.rolePhrase}?`,
      ),
      separator: "\n\n",
      parts: [
        greeting(slots.recipients, tone),
        {
          text: pick(
            tone,
            `Thank you again for meeting me about ${slots.rolePhrase} at ${slots.company}. Since then I have thought more about your questions, and I believe I can now answer some of them better than I did on the day.`,
            `Thanks again for meeting me about ${slots.rolePhrase} at ${slots.company}. Since then I've thought more about your questions, and I think I can answer some of them better than I did on the day.`,
          ),
        },
        { text: callRequestLine(tone) },
        ...example,
        ...(forgotten === undefined
          ? []
          : [{ text: correctRecordLine(forgotten, slots.company, tone), drop: 4 }]),
        {
          text: pick(
            tone,
            "Any time that suits your schedule works for me, and I will understand if a call is not possible.",
            "Any time that suits you works for me, and I'll understand if a call isn't possible.",
          ),
        },
        signOff(tone, slots.candidateName, slots.contact),
      ],
    };
  },
});
