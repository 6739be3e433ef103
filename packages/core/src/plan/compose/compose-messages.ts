import type { TemplateId } from "../ids.js";
import type { Step } from "../plan.js";
import { isSectionId, REPAIR_EMAIL_LEADS, type SectionId } from "./sections.js";

/** The step of a strategy, when the plan has one. */
const find = (steps: readonly Step[], strategy: string): Step | undefined =>
  steps.find((step) => step.strategy === strategy);

/** A section carried by another step's message: it names that message and shares its date and channel. */
function carriedBy(section: Step, carrier: Step): Step {
  return {
    ...section,
    templates: [...carrier.templates],
    window: carrier.window,
    channel: carrier.channel,
    outreach: carrier.outreach,
  };
}

/**
 * Which message carries each section (ADVICE.md "How the messages fit together"), decided here
 * once for every template:
 * - the thank-you email carries the repair and the one request while it is still to be sent;
 * - a phone call, when the plan makes one, carries the circumstance as a talking point;
 * - once the thank-you has gone, one email of its own carries what is left (`REPAIR_EMAIL_LEADS`);
 * - the feedback question is a line of the gracious reply.
 * Message steps keep their own template; a section step names its carrier and takes its window.
 */
export function composeMessages(steps: readonly Step[]): Step[] {
  const thankYou = find(steps, "thank-you-email");
  const phone = find(steps, "phone-call");
  const reply = find(steps, "gracious-rejection-reply");
  const lead = REPAIR_EMAIL_LEADS.find(
    ([strategy]) => !(strategy === "explain-circumstances" && phone) && find(steps, strategy),
  );
  const repairLead = lead === undefined ? undefined : find(steps, lead[0]);
  const repairEmail: Step | undefined =
    repairLead === undefined || lead === undefined
      ? undefined
      : { ...repairLead, channel: "email", outreach: true, templates: [lead[1]] };

  const carrierOf = (strategy: SectionId): Step | undefined => {
    if (strategy === "request-feedback") return reply;
    if (strategy === "explain-circumstances" && phone) return phone;
    return thankYou ?? repairEmail;
  };

  return steps.map((step) => {
    if (!isSectionId(step.strategy)) return step;
    const carrier = carrierOf(step.strategy);
    if (carrier === undefined) return { ...step, templates: [] as TemplateId[] };
    return carriedBy(step, carrier);
  });
}
