import { greeting, signOff } from "../letter-parts.js";
import { interestLine } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { pick } from "../text-tools.js";

/** The one polite follow-up, about a week after the thank-you; nothing pressing, nothing repeated. */
export const followUp = defineTemplate({
  id: "follow-up",
  title: "One polite follow-up",
  channel: "email",
  strategy: "one-follow-up",
  render: (
    slots: Pick<
      Slots,
      | "recipients"
      | "rolePhrase"
      | "roleOrCompany"
      | "company"
      | "values"
      | "candidateName"
      | "contact"
    >,
    { tone },
  ) => ({
    to: slots.recipients,
    subject: pick(
      tone,
      `Any update on ${slots.roleOrCompany}?`,
      `Any news on ${slots.roleOrCompany}?`,
    ),
    separator: "\n\n",
    parts: [
      greeting(slots.recipients, tone),
      {
        text: pick(
          tone,
          `I hope you are well. I am writing to ask whether there is any update on ${slots.rolePhrase} at ${slots.company}.`,
          `I hope you're well. I wanted to ask whether there's any news about ${slots.rolePhrase} at ${slots.company}.`,
        ),
      },
      { text: interestLine(slots, tone), drop: 4 },
      {
        text: pick(
          tone,
          "If anything further would help your decision, I would be glad to provide it.",
          "If anything else would help your decision, I'd be glad to send it.",
        ),
        drop: 6,
      },
      {
        text: pick(
          tone,
          "I understand these decisions take time, and I look forward to hearing from you when you are ready.",
          "I know these decisions take time, and I look forward to hearing from you when you're ready.",
        ),
      },
      signOff(tone, slots.candidateName, slots.contact),
    ],
  }),
});
