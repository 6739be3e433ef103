import { isoUtc } from "../../time/iso-utc.js";
import { parseIso } from "../../time/parse-iso.js";
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

  const composed = steps.map((step) => {
    if (!isSectionId(step.strategy)) return step;
    const carrier = carrierOf(step.strategy);
    if (carrier === undefined) return { ...step, templates: [] as TemplateId[] };
    return carriedBy(step, carrier);
  });
  return withFollowUpAfterTheRest(composed);
}

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * The one follow-up asks for news about a week after the thank-you. When the thank-you went out
 * before this plan and the kit still sends something first (a note, one short email), it waits a
 * week after the last of those instead.
 */
function withFollowUpAfterTheRest(steps: Step[]): Step[] {
  const followUp = steps.find((step) => step.strategy === "one-follow-up");
  if (followUp === undefined || steps.some((step) => step.strategy === "thank-you-email"))
    return steps;
  let lastFirst = Number.NEGATIVE_INFINITY;
  for (const step of steps) {
    if (!step.outreach || step === followUp || step.strategy === "reference-tip-off") continue;
    lastFirst = Math.max(lastFirst, parseIso(step.window.earliest));
  }
  const earliest = parseIso(followUp.window.earliest);
  const from = lastFirst + WEEK_MS;
  if (earliest >= from) return steps;
  const shift = from - earliest;
  const window = {
    earliest: isoUtc(from),
    latest:
      followUp.window.latest === null ? null : isoUtc(parseIso(followUp.window.latest) + shift),
  };
  return steps.map((step) => (step === followUp ? { ...step, window } : step));
}
