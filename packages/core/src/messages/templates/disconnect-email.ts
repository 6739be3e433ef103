import { greeting, signOff } from "../letter-parts.js";
import { disconnectLine, interestLine } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { pick } from "../text-tools.js";

/** After the thank-you went out: own the gap between the answers and what they needed, then restate interest. */
export const disconnectEmail = defineTemplate({
  id: "disconnect-email",
  title: "Owning the disconnect",
  channel: "email",
  strategy: "acknowledge-disconnect",
  render: (
    slots: Pick<
      Slots,
      "recipients" | "rolePhrase" | "company" | "values" | "betterAnswer" | "candidateName"
    >,
    { tone },
  ) => ({
    to: slots.recipients,
    subject: pick(
      tone,
      "A further thought on our interview",
      "One more thought after our conversation",
    ),
    separator: "\n\n",
    parts: [
      greeting(slots.recipients, tone),
      {
        text: pick(
          tone,
          `Thank you again for meeting me about ${slots.rolePhrase} at ${slots.company}. I have been reflecting since, and wanted to add one thing.`,
          `Thanks again for meeting me about ${slots.rolePhrase} at ${slots.company}. I've been reflecting since, and wanted to add one thing.`,
        ),
      },
      { text: disconnectLine(tone) },
      ...(slots.betterAnswer === null
        ? []
        : [
            {
              text: pick(
                tone,
                `Given the opportunity again, I would answer along these lines: ${slots.betterAnswer}.`,
                `If I could answer again, here is what I'd say: ${slots.betterAnswer}.`,
              ),
              drop: 3,
            },
          ]),
      { text: interestLine(slots, tone) },
      {
        text: pick(
          tone,
          "Thank you for your time, and I wish you and the team every success.",
          "Thanks for reading, and all the best to you and the team.",
        ),
      },
      signOff(tone, slots.candidateName),
    ],
  }),
});
