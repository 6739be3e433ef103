import { z } from "zod";

/** Every strategy of ADVICE.md, in the order a plan would take them. */
export const StrategyIdSchema = z.enum([
  "cool-off",
  "reflect",
  "perspective",
  "self-compassion",
  "thank-you-email",
  "correct-record",
  "acknowledge-disconnect",
  "apologize-slip",
  "explain-circumstances",
  "handwritten-note",
  "request-call",
  "phone-call",
  "request-second-interview",
  "reference-tip-off",
  "one-follow-up",
  "gracious-rejection-reply",
  "request-feedback",
  "stay-in-touch",
  "lessons-learned",
  "move-on",
]);
export type StrategyId = z.infer<typeof StrategyIdSchema>;

/** Every guard of ADVICE.md: what a plan and a message must never do. */
export const GuardIdSchema = z.enum([
  "no-unnoticed-mistakes",
  "no-blanket-apology",
  "no-excuses",
  "no-nuisance",
  "no-early-feedback-ask",
  "no-repeat-apology",
  "no-do-over-unless-strong",
  "contact-budget",
  "no-hot-sends",
]);
export type GuardId = z.infer<typeof GuardIdSchema>;

/** The five places where the experts disagree (ADVICE.md "Where the experts disagree"). */
export const DisagreementIdSchema = z.enum([
  "phone-or-writing",
  "feedback",
  "another-chance",
  "light-excuse",
  "timing",
]);
export type DisagreementId = z.infer<typeof DisagreementIdSchema>;

/** The five source articles. */
export const SourceKeySchema = z.enum(["JofA", "CR-finance", "CR-accounting", "Blog", "LaReau"]);
export type SourceKey = z.infer<typeof SourceKeySchema>;

/** Every message a plan can name. */
export const TemplateIdSchema = z.enum([
  "thank-you-email",
  "handwritten-note",
  "disconnect-email",
  "call-request",
  "phone-talking-points",
  "second-interview-request",
  "circumstances-message",
  "reference-tip-off",
  "follow-up",
  "rejection-reply",
  "feedback-request",
  "stay-in-touch",
]);
export type TemplateId = z.infer<typeof TemplateIdSchema>;

/** How a step reaches the outside world; "self" is work the person does alone. */
export const ChannelSchema = z.enum(["self", "email", "handwritten-note", "phone"]);
export type Channel = z.infer<typeof ChannelSchema>;
