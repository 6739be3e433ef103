import type { Channel, StrategyId, TemplateId } from "../../plan/ids.js";
import type { TemplateDefinition } from "../template-definition.js";
import { WORD_LIMITS } from "../word-limits.js";
import { callRequest } from "./call-request.js";
import { circumstancesMessage } from "./circumstances-message.js";
import { disconnectEmail } from "./disconnect-email.js";
import { feedbackRequest } from "./feedback-request.js";
import { followUp } from "./follow-up.js";
import { handwrittenNote } from "./handwritten-note.js";
import { phoneTalkingPoints } from "./phone-talking-points.js";
import { referenceTipOff } from "./reference-tip-off.js";
import { rejectionReply } from "./rejection-reply.js";
import { secondInterviewRequest } from "./second-interview-request.js";
import { stayInTouch } from "./stay-in-touch.js";
import { thankYouEmail } from "./thank-you-email.js";

/** Every template, by the id a plan step names it with. */
export const TEMPLATES: Readonly<Record<TemplateId, TemplateDefinition>> = {
  "thank-you-email": thankYouEmail,
  "handwritten-note": handwrittenNote,
  "disconnect-email": disconnectEmail,
  "call-request": callRequest,
  "phone-talking-points": phoneTalkingPoints,
  "second-interview-request": secondInterviewRequest,
  "circumstances-message": circumstancesMessage,
  "reference-tip-off": referenceTipOff,
  "follow-up": followUp,
  "rejection-reply": rejectionReply,
  "feedback-request": feedbackRequest,
  "stay-in-touch": stayInTouch,
};

export interface TemplateCatalogueEntry {
  id: TemplateId;
  title: string;
  channel: Channel;
  wordLimit: number;
  /** The strategy it serves when no plan step names it. */
  strategy: StrategyId;
}

/** Every template in registry order: for the API's catalogue and the UI's draft titles. */
export const TEMPLATE_CATALOGUE: readonly TemplateCatalogueEntry[] = Object.values(TEMPLATES).map(
  (template) => ({
    id: template.id,
    title: template.title,
    channel: template.channel,
    wordLimit: WORD_LIMITS[template.channel],
    strategy: template.strategy,
  }),
);
