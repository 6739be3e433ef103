import { greeting, signOff } from "../letter-parts.js";
import type { Slots } from "../slots.js";
import { defineTemplate, type DraftPart } from "../template-definition.js";
import { joinList, pick } from "../text-tools.js";

/** A month or so later: goodwill with nothing asked, so the next opening finds you remembered. */
export const stayInTouch = defineTemplate({
  id: "stay-in-touch",
  title: "Staying in touch",
  channel: "email",
  strategy: "stay-in-touch",
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
    const values: DraftPart[] =
      slots.values.length > 0
        ? [
            {
              text: pick(
                tone,
                `What you told me about ${joinList(slots.values)} at ${slots.company} has stayed with me.`,
                `What you said about ${joinList(slots.values)} at ${slots.company} has stayed with me.`,
              ),
              drop: 4,
            },
          ]
        : [];
    return {
      to: slots.recipients,
      subject: pick(tone, "A note to keep in touch", "Just saying hello"),
      separator: "\n\n",
      parts: [
        greeting(slots.addressees, tone),
        {
          text: pick(
            tone,
            `It has been a little while since we met about ${slots.rolePhrase}, and I wanted to say that I still think highly of ${slots.company}.`,
            `It's been a little while since we met about ${slots.rolePhrase}, and I wanted to say I still think highly of ${slots.company}.`,
          ),
        },
        ...values,
        {
          text: pick(
            tone,
            "I am continuing to build my experience, and I would be glad to stay in touch. Should a role come up where my background could help, I would be pleased to hear about it.",
            "I'm busy building my experience, and I'd love to stay in touch. If a role comes up where my background could help, I'd be glad to hear about it.",
          ),
        },
        {
          text: pick(
            tone,
            "There is no need to reply; I simply wanted to say hello.",
            "No need to reply; I just wanted to say hello.",
          ),
          drop: 6,
        },
        signOff(tone, slots.candidateName, slots.contact),
      ],
    };
  },
});
