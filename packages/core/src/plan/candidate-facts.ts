import type { Debrief } from "../debrief/debrief.js";
import type { FollowUp } from "../debrief/follow-up.js";
import type { ForgottenPoint } from "../debrief/forgotten-point.js";
import type { SlipKind, SlipUp } from "../debrief/slip-up.js";
import { parseIso } from "../time/parse-iso.js";

/**
 * Small, pure facts about the person, shared by the strategy rules, the guards, the linter and
 * the templates, so every part of core reads the debrief the same way.
 */

/** Still in the running: waiting to hear, or not sure. An offer is not a recovery. */
export function isActiveCandidate(debrief: Debrief): boolean {
  return debrief.candidacy.status === "waiting" || debrief.candidacy.status === "unknown";
}

export function isRejected(debrief: Debrief): boolean {
  return debrief.candidacy.status === "rejected";
}

/** Strong before things went wrong AND the employer was leaning their way: the only do-over case. */
export function isStrongCandidate(debrief: Debrief): boolean {
  return debrief.standing.strength === "strong" && debrief.standing.employerLeaning === "yes";
}

/** Slips the interviewer certainly noticed and that were not already apologised for in person. */
export function surelyNoticedSlips(debrief: Debrief): SlipUp[] {
  return debrief.slips.filter((slip) => slip.noticed === "certain" && !slip.apologisedInPerson);
}

/** Slips a message must never mention: the interviewer may not have noticed them. */
export function possiblyUnnoticedSlips(debrief: Debrief): SlipUp[] {
  return debrief.slips.filter((slip) => slip.noticed !== "certain");
}

/** Slips already apologised for in person: apologising again would be a repeat. */
export function apologisedSlips(debrief: Debrief): SlipUp[] {
  return debrief.slips.filter((slip) => slip.apologisedInPerson);
}

const DISCONNECT_KINDS: readonly SlipKind[] = ["off-target-answer", "misunderstood-question"];

/** Answers that missed what they were looking for, surely noticed: owned as a disconnect, not an apology. */
export function disconnectSlips(debrief: Debrief): SlipUp[] {
  return surelyNoticedSlips(debrief).filter((slip) => DISCONNECT_KINDS.includes(slip.kind));
}

/**
 * Nerves are discounted by interviewers and disconnects are owned separately, so neither earns a
 * one-line apology. Only one slip is ever apologised for (no blanket apology): the first one listed.
 */
export function slipToApologiseFor(debrief: Debrief): SlipUp | undefined {
  return surelyNoticedSlips(debrief).find(
    (slip) => slip.kind !== "nerves" && !DISCONNECT_KINDS.includes(slip.kind),
  );
}

/**
 * The debrief lists every contact since the interview without saying which was the thank-you, so
 * the earliest is taken as the thank-you and the later ones as follow-ups (ADVICE.md: "at most one
 * polite follow-up after the thank-you"). A thank-you nobody answered is normal, not a nuisance.
 */
export function followUpsAfterThankYou(debrief: Debrief): FollowUp[] {
  // Nothing after the first contact when there is at most one: no copy, no sort.
  if (debrief.followUps.length <= 1) return [];
  return [...debrief.followUps].sort((a, b) => parseIso(a.sentAt) - parseIso(b.sentAt)).slice(1);
}

export function unansweredFollowUps(debrief: Debrief): FollowUp[] {
  return followUpsAfterThankYou(debrief).filter((followUp) => !followUp.answered);
}

/** Something already went out after the interview: the first contact counts as the thank-you. */
export function thankYouAlreadySent(debrief: Debrief): boolean {
  return debrief.followUps.length > 0;
}

/** The one follow-up the plan allows has already been used. */
export function followUpAlreadySent(debrief: Debrief): boolean {
  return followUpsAfterThankYou(debrief).length > 0;
}

/** While still in the running, an unanswered follow-up means: no new outreach at all. */
export function outreachExhausted(debrief: Debrief): boolean {
  return isActiveCandidate(debrief) && unansweredFollowUps(debrief).length > 0;
}

export function hasDisclosedCircumstance(debrief: Debrief): boolean {
  return debrief.circumstance?.disclose === true;
}

export function importantForgotten(debrief: Debrief): ForgottenPoint[] {
  return debrief.forgotten.filter((point) => point.important);
}

/** In the first five years of a career (unknown counts as not early). */
export function isEarlyCareer(debrief: Debrief): boolean {
  const years = debrief.career.yearsExperience;
  return years !== undefined && years < 5;
}

/** Feedback is worth asking for only from a trusted source or early in a career (LaReau). */
export function feedbackWorthAsking(debrief: Debrief): boolean {
  return debrief.career.feedbackSourceTrusted === "yes" || isEarlyCareer(debrief);
}

const VISIBLY_WRONG_KINDS: readonly SlipKind[] = [
  "blanked",
  "off-target-answer",
  "misunderstood-question",
];

/**
 * It went noticeably badly: the person says so, or an answer they blanked on, missed or misread
 * shows it and the interviewer certainly noticed (a self-rating left at "unknown" is no "no").
 */
export function wentNoticeablyBadly(debrief: Debrief): boolean {
  const { severity } = debrief.interview;
  if (severity === "noticeable" || severity === "severe") return true;
  return debrief.slips.some(
    (slip) => slip.noticed === "certain" && VISIBLY_WRONG_KINDS.includes(slip.kind),
  );
}

/** A trusted reference who has a strength to carry: a forgotten point or something they could mention. */
export function hasTrustedReferenceWithStrength(debrief: Debrief): boolean {
  const reference = debrief.reference;
  if (reference?.trusted !== "yes") return false;
  return importantForgotten(debrief).length > 0 || (reference.canMention ?? "").length > 0;
}

/** Small or mid-sized, or a formal business, and never through a recruiter or a large corporation. */
export function suitsHandwrittenNote(debrief: Debrief): boolean {
  const { size, formal, viaRecruiter } = debrief.organisation;
  if (viaRecruiter || size === "large") return false;
  return size === "small" || size === "mid-sized" || formal === "yes";
}

/** The main worry is nerves or vague impressions rather than concrete slips. */
export function worriesAreMostlyNervesOrImpressions(debrief: Debrief): boolean {
  const concrete = debrief.slips.filter((slip) => slip.kind !== "nerves");
  return (
    concrete.length === 0 && (debrief.slips.length > 0 || debrief.reflection.impressions.length > 0)
  );
}
