import { greeting, signOff } from "../letter-parts.js";
import { correctRecordLine, interestLine } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { pick } from "../text-tools.js";

/** The last resort of a strong candidate: a brief, dignified request to meet again. */
export const secondInterviewRequest = defineTemplate({
  id: "second-interview-request",
  title: "Request for another interview",
  channel: "email",
  strategy: "request-second-interview",
  render: (
    slots: Pick<
      Slots,
      | "recipients"
      | "rolePhrase"
      | "company"
      | "values"
      | "forgotten"
      | "circumstance"
      | "candidateName"
      | "contact"
    >,
    { tone },
  ) => {
    const whatWentWrong =
      slots.circumstance === null
        ? pick(
            tone,
            "I know the interview did not show you what I can bring to the role.",
            "I know the interview didn't show you what I can bring to the role.",
          )
        : pick(
            tone,
            `I know the interview did not show you what I can bring. Some context, not as an excuse: ${slots.circumstance}.`,
            `I know the interview didn't show you what I can bring. Some context, not as an excuse: ${slots.circumstance}.`,
          );
    const forgotten = slots.forgotten[0];
    return {
      to: slots.recipients,
      subject: pick(
        tone,
        `A request to meet again about ${slots.rolePhrase}`,
        `Could we meet again about ${slots.rolePhrase}?`,
      ),
      separator: "\n\n",
      parts: [
        greeting(slots.recipients, tone),
        {
          text: pick(
            tone,
            `Thank you again for considering me for ${slots.rolePhrase} at ${slots.company}.`,
            `Thanks again for considering me for ${slots.rolePhrase} at ${slots.company}.`,
          ),
        },
        { text: whatWentWrong },
        ...(forgotten === undefined
          ? []
          : [{ text: correctRecordLine(forgotten, slots.company, tone), drop: 4 }]),
        { text: interestLine(slots, tone) },
        {
          text: pick(
            tone,
            "I would be grateful for the opportunity to meet again, even briefly, so that you can judge me on my best work.",
            "I'd be grateful for another conversation, even a short one, so you can see my best work.",
          ),
        },
        {
          text: pick(
            tone,
            "I understand if that is not possible, and I am grateful for your consideration either way.",
            "I understand if that isn't possible, and I'm grateful either way.",
          ),
        },
        signOff(tone, slots.candidateName, slots.contact),
      ],
    };
  },
});
