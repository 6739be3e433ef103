import { greeting, signOff } from "../letter-parts.js";
import { possessive } from "../section-text.js";
import type { Tone } from "../message.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { joinList, pick } from "../text-tools.js";

/** Interest restated in other words than the thank-you's, so the two never read alike. */
function stillInterested(
  { rolePhrase, company, values }: Pick<Slots, "rolePhrase" | "company" | "values">,
  tone: Tone,
): string {
  const because =
    values.length === 0
      ? ""
      : pick(
          tone,
          `, not least because of ${possessive(company)} commitment to ${joinList(values)}`,
          `, not least because of ${possessive(company)} focus on ${joinList(values)}`,
        );
  return pick(
    tone,
    `My interest in ${rolePhrase} is as strong as ever${because}.`,
    `I'm as keen as ever on ${rolePhrase}${because}.`,
  );
}

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
      | "addressees"
      | "rolePhrase"
      | "company"
      | "values"
      | "candidateName"
      | "contact"
    >,
    { tone },
  ) => ({
    to: slots.recipients,
    subject: pick(tone, `Any update on ${slots.rolePhrase}?`, `Any news on ${slots.rolePhrase}?`),
    separator: "\n\n",
    parts: [
      greeting(slots.addressees, tone),
      {
        text: pick(
          tone,
          `I hope you are well. I am writing to ask whether there is any update on ${slots.rolePhrase} at ${slots.company}.`,
          `I hope you're well. I wanted to ask whether there's any news about ${slots.rolePhrase} at ${slots.company}.`,
        ),
      },
      { text: stillInterested(slots, tone), drop: 4 },
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
