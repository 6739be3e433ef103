import type { StrategyId, TemplateId } from "../../plan/ids.js";
import { greeting, signOff } from "../letter-parts.js";
import type { Tone } from "../message.js";
import { repairParts, requestPart, withOwnSection } from "../repair-parts.js";
import { interestLine } from "../section-text.js";
import type { Slots } from "../slots.js";
import { defineTemplate, type SectionId } from "../template-definition.js";
import { pick } from "../text-tools.js";

type RepairSlots = Pick<
  Slots,
  | "recipients"
  | "addressees"
  | "rolePhrase"
  | "company"
  | "values"
  | "forgotten"
  | "apologySlip"
  | "circumstance"
  | "candidateName"
  | "contact"
>;

interface RepairEmailSpec {
  id: TemplateId;
  title: string;
  strategy: StrategyId;
  /** The section it always carries, the one it is named after. */
  own: SectionId;
  subject: (slots: RepairSlots, tone: Tone) => string;
}

/**
 * Once the thank-you has gone, what is left to say travels in one short email (ADVICE.md: one
 * written message carries the repair). The four such messages differ only in what leads them (a
 * call request, a second-interview request, the disconnect, the circumstance) and their subject;
 * the body is the same composition as the thank-you's, after a "thank you again".
 */
export function repairEmail({ id, title, strategy, own, subject }: RepairEmailSpec) {
  return defineTemplate({
    id,
    title,
    channel: "email",
    strategy,
    render: (slots: RepairSlots, { tone, sections }) => {
      const carried = withOwnSection(sections, own);
      return {
        to: slots.recipients,
        subject: subject(slots, tone),
        separator: "\n\n",
        parts: [
          greeting(slots.addressees, tone),
          {
            text: pick(
              tone,
              `Thank you again for meeting me about ${slots.rolePhrase} at ${slots.company}. I have been reflecting on our conversation since, and wanted to add a few words.`,
              `Thanks again for meeting me about ${slots.rolePhrase} at ${slots.company}. I've been thinking about our conversation since, and wanted to add a few words.`,
            ),
          },
          ...repairParts(slots, carried, tone),
          { text: interestLine(slots, tone), drop: 9 },
          ...requestPart(carried, tone),
          {
            text: pick(
              tone,
              "Thank you for reading this, and I wish you and the team well.",
              "Thanks for reading, and all the best to you and the team.",
            ),
          },
          signOff(tone, slots.candidateName, slots.contact),
        ],
      };
    },
  });
}
