import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DebriefSchema } from "../debrief/debrief.js";
import { choosePlan } from "../plan/choose-plan.js";
import type { StrategyId } from "../plan/ids.js";
import { planMessages } from "../messages/message-plan.js";
import { arbitraryDebriefAndNow } from "./arbitrary-debrief.js";

describe("arbitraryDebriefAndNow", () => {
  it("only generates schema-valid debriefs with a now after the interview", () => {
    fc.assert(
      fc.property(arbitraryDebriefAndNow, ({ debrief, now }) => {
        expect(DebriefSchema.safeParse(debrief).success).toBe(true);
        expect(now.getTime()).toBeGreaterThan(Date.parse(debrief.interview.endedAt));
      }),
      { numRuns: 500 },
    );
  });

  // A property is only as good as the cases its generator reaches: each one the property tests
  // guard must come up in a good share of 2000 samples (fixed seed, so this never flickers).
  it("reaches every case the chooser's properties are about", () => {
    const samples = fc.sample(arbitraryDebriefAndNow, { numRuns: 2000, seed: 20261121 });
    const plans = samples.map(({ debrief, now }) => ({ debrief, plan: choosePlan(debrief, now) }));
    const count = (test: (entry: (typeof plans)[number]) => boolean) => plans.filter(test).length;
    const withStep = (id: StrategyId) =>
      count(({ plan }) => plan.steps.some((step) => step.strategy === id));

    const reached = {
      coolOffWithOutreach: count(
        ({ plan }) => plan.coolOffUntil !== null && plan.steps.some((s) => s.outreach),
      ),
      outreachExhausted: count(
        ({ debrief, plan }) => debrief.followUps.length > 1 && !plan.steps.some((s) => s.outreach),
      ),
      apologizeSlip: withStep("apologize-slip"),
      acknowledgeDisconnect: withStep("acknowledge-disconnect"),
      secondInterview: withStep("request-second-interview"),
      requestFeedback: withStep("request-feedback"),
      phoneCall: withStep("phone-call"),
      referenceTipOff: withStep("reference-tip-off"),
      explainCircumstances: withStep("explain-circumstances"),
      handwrittenNote: withStep("handwritten-note"),
      rejected: count(({ plan }) => plan.status === "rejected"),
      offer: count(({ plan }) => plan.status === "offer"),
      // Issue 10's composition: where each section lands, and the person's own words.
      requestInThankYou: count(({ plan }) =>
        plan.steps.some(
          (s) =>
            (s.strategy === "request-call" || s.strategy === "request-second-interview") &&
            s.templates[0] === "thank-you-email",
        ),
      ),
      circumstanceOnCall: count(({ plan }) =>
        plan.steps.some(
          (s) =>
            s.strategy === "explain-circumstances" && s.templates[0] === "phone-talking-points",
        ),
      ),
      repairEmailAfterSentThankYou: count(({ plan }) =>
        planMessages(plan).some((m) =>
          [
            "call-request",
            "second-interview-request",
            "disconnect-email",
            "circumstances-message",
          ].includes(m.templateId),
        ),
      ),
      feedbackInReply: count(({ plan }) =>
        plan.steps.some(
          (s) => s.strategy === "request-feedback" && s.templates[0] === "rejection-reply",
        ),
      ),
      timeZoneGiven: count(({ debrief }) => debrief.timeZone !== undefined),
      addressGiven: count(({ debrief }) =>
        debrief.interviewers.some((person) => person.recipient && person.address !== undefined),
      ),
      slipWordsForApology: count(
        ({ debrief, plan }) =>
          plan.steps.some((s) => s.strategy === "apologize-slip") &&
          debrief.slips.some(
            (slip) => slip.noticed === "certain" && slip.forEmployer !== undefined,
          ),
      ),
    };
    for (const [name, times] of Object.entries(reached)) {
      expect({ name, reached: times >= 15 }).toEqual({ name, reached: true });
    }
  });
});
