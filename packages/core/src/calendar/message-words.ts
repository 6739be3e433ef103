import type { SectionId } from "../plan/compose/sections.js";
import type { TemplateId } from "../plan/ids.js";
import { joinList } from "../messages/text-tools.js";

/**
 * Plain words for a reminder of each message: what to do, and what the message holds. The
 * calendar speaks to the person, never in the product's own ids.
 */

/** "Send your thank-you email to Marie Dubois at Hartley & Price". */
export function messageAction(templateId: TemplateId, to: string): string {
  switch (templateId) {
    case "thank-you-email":
      return `Send your thank-you email to ${to}`;
    case "handwritten-note":
      return `Write and post your handwritten note to ${to}`;
    case "phone-talking-points":
      return `Call ${to}`;
    case "reference-tip-off":
      return `Email ${to}, your reference`;
    case "follow-up":
      return `Send your one follow-up to ${to}`;
    case "rejection-reply":
      return `Send your reply to ${to}`;
    case "stay-in-touch":
      return `Say hello to ${to}`;
    case "feedback-request":
      return `Send your feedback question to ${to}`;
    case "call-request":
    case "second-interview-request":
    case "disconnect-email":
    case "circumstances-message":
      return `Send your short email to ${to}`;
  }
}

const WHAT_IT_SAYS: Readonly<Record<TemplateId, string>> = {
  "thank-you-email": "Your thank-you email thanks them and says why you fit",
  "handwritten-note":
    "Your handwritten note thanks them, mentions something you appreciated and leaves your contact details; it follows the email",
  "phone-talking-points":
    "Your talking points are ready: open, be honest that it didn't go well, make the case for your fit, and end without pressing",
  "reference-tip-off":
    "Your note tells your reference how it went and what they could mention if the employer calls",
  "follow-up":
    "Your one polite follow-up asks for news; send it only if you have heard nothing, and if it goes unanswered too, move on",
  "rejection-reply": "Your reply thanks them for letting you know and keeps the door open",
  "stay-in-touch": "A friendly hello with nothing asked of them",
  "feedback-request": "One question about what would make you stronger next time",
  "call-request": "Your short email follows the thank-you you already sent",
  "second-interview-request": "Your short email follows the thank-you you already sent",
  "disconnect-email": "Your short email follows the thank-you you already sent",
  "circumstances-message": "Your short email follows the thank-you you already sent",
};

const SECTION_WORDS: Readonly<Record<SectionId, string>> = {
  "correct-record": "adds what you didn't get to mention",
  "acknowledge-disconnect": "owns the gap between your answers and what they needed",
  "apologize-slip": "apologises in one line for one slip",
  "explain-circumstances": "gives a brief word of context about the day",
  "request-call": "asks for a short call",
  "request-second-interview": "asks, as a last resort, to meet again",
  "request-feedback": "asks one question about what would make you stronger next time",
};

/** "Your thank-you email thanks them and says why you fit; it also adds …, and asks for a short call." */
export function messageContents(templateId: TemplateId, sections: readonly SectionId[]): string {
  const base = WHAT_IT_SAYS[templateId];
  if (templateId === "phone-talking-points") {
    return sections.includes("explain-circumstances")
      ? `${base}; they include a brief word of context about the day.`
      : `${base}.`;
  }
  const extra = sections.map((section) => SECTION_WORDS[section]);
  return extra.length === 0 ? `${base}.` : `${base}; it also ${joinList(extra)}.`;
}
