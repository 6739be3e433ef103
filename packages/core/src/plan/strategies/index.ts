import type { StrategyRule } from "../rule.js";
import { acknowledgeDisconnect } from "./acknowledge-disconnect.js";
import { apologizeSlip } from "./apologize-slip.js";
import { coolOff } from "./cool-off.js";
import { correctRecord } from "./correct-record.js";
import { explainCircumstances } from "./explain-circumstances.js";
import { graciousRejectionReply } from "./gracious-rejection-reply.js";
import { handwrittenNote } from "./handwritten-note.js";
import { lessonsLearned } from "./lessons-learned.js";
import { moveOn } from "./move-on.js";
import { oneFollowUp } from "./one-follow-up.js";
import { perspective } from "./perspective.js";
import { phoneCall } from "./phone-call.js";
import { referenceTipOff } from "./reference-tip-off.js";
import { reflect } from "./reflect.js";
import { requestCall } from "./request-call.js";
import { requestFeedback } from "./request-feedback.js";
import { requestSecondInterview } from "./request-second-interview.js";
import { selfCompassion } from "./self-compassion.js";
import { stayInTouch } from "./stay-in-touch.js";
import { thankYouEmail } from "./thank-you-email.js";

/** Every strategy of ADVICE.md, in plan order (the order of StrategyIdSchema). */
export const STRATEGY_RULES: readonly StrategyRule[] = [
  coolOff,
  reflect,
  perspective,
  selfCompassion,
  thankYouEmail,
  correctRecord,
  acknowledgeDisconnect,
  apologizeSlip,
  explainCircumstances,
  handwrittenNote,
  requestCall,
  phoneCall,
  requestSecondInterview,
  referenceTipOff,
  oneFollowUp,
  graciousRejectionReply,
  requestFeedback,
  stayInTouch,
  lessonsLearned,
  moveOn,
];
