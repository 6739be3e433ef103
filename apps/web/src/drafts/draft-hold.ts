import type { Message, Plan } from "@rebound/core";

/** Why a draft cannot go yet, and until when. */
export interface DraftHold {
  until: Date;
  /** "cool-off": every outreach waits (guard no-hot-sends); "window": its plan step comes later. */
  reason: "cool-off" | "window";
}

/**
 * Outreach inside the cool-off, or before its step's window opens, waits; work the person
 * does alone never does. Returns null when the draft may go now.
 */
export function draftHold(plan: Plan, message: Message, now: number): DraftHold | null {
  const step = plan.steps.find((s) => s.strategy === message.strategy);
  if (!step?.outreach) return null;
  const coolOff = plan.coolOffUntil ? Date.parse(plan.coolOffUntil) : Number.NEGATIVE_INFINITY;
  const windowOpens = Date.parse(step.window.earliest);
  const until = Math.max(coolOff, windowOpens);
  if (until <= now) return null;
  return { until: new Date(until), reason: coolOff >= windowOpens ? "cool-off" : "window" };
}
