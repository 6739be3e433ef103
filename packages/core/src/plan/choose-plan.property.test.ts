import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Debrief } from "../debrief/debrief.js";
import { arbitraryDebrief, arbitraryDebriefAndNow } from "../test-support/arbitrary-debrief.js";
import { choosePlan } from "./choose-plan.js";
import { type Plan, PlanSchema } from "./plan.js";

/**
 * The promises of ADVICE.md that must hold for every debrief, checked over thousands of generated
 * ones. Each property restates its rule from the raw debrief fields rather than through the
 * chooser's own helpers, so a wrong helper cannot hide a wrong plan.
 */

const RUNS = { numRuns: 2000 } as const;
const DAY = 24 * 3_600_000;

function holds(check: (debrief: Debrief, plan: Plan, now: Date) => void) {
  fc.assert(
    fc.property(arbitraryDebriefAndNow, ({ debrief, now }) => {
      check(debrief, choosePlan(debrief, now), now);
    }),
    RUNS,
  );
}

const has = (plan: Plan, strategy: string) => plan.steps.some((step) => step.strategy === strategy);
const stillCandidate = (debrief: Debrief) =>
  debrief.candidacy.status === "waiting" || debrief.candidacy.status === "unknown";

describe("choosePlan properties", () => {
  it("never throws on a schema-valid debrief, and every plan is PlanSchema-valid", () => {
    holds((_debrief, plan) => {
      expect(PlanSchema.safeParse(plan).success).toBe(true);
    });
  });

  it("never throws whatever the clock says: before the interview ended, or years after", () => {
    const anyNow = fc.integer({ min: -30 * DAY, max: 3 * 365 * DAY });
    fc.assert(
      fc.property(arbitraryDebrief, anyNow, (debrief, offset) => {
        const plan = choosePlan(debrief, new Date(Date.parse(debrief.interview.endedAt) + offset));
        expect(PlanSchema.safeParse(plan).success).toBe(true);
      }),
      RUNS,
    );
  });

  it("no-hot-sends: no outreach starts inside the cool-off, which lasts at most two days", () => {
    holds((_debrief, plan, now) => {
      if (plan.coolOffUntil === null) return;
      const until = Date.parse(plan.coolOffUntil);
      expect(until - now.getTime()).toBeLessThanOrEqual(48 * 3_600_000);
      const hot = plan.steps.filter(
        (step) => step.outreach && Date.parse(step.window.earliest) < until,
      );
      expect(hot).toEqual([]);
    });
  });

  it("every window ends after it starts, and no step is dated before now", () => {
    holds((_debrief, plan, now) => {
      const misdated = plan.steps.filter(({ window }) => {
        const earliest = Date.parse(window.earliest);
        return (
          earliest < now.getTime() ||
          (window.latest !== null && Date.parse(window.latest) <= earliest)
        );
      });
      expect(misdated).toEqual([]);
    });
  });

  it("the thank-you is due within about a day of the interview (a weekend or a cool-off pushing it to the next working day), leaving at least four hours", () => {
    holds((debrief, plan) => {
      const thankYou = plan.steps.find((step) => step.strategy === "thank-you-email");
      if (thankYou === undefined) return;
      const earliest = Date.parse(thankYou.window.earliest);
      const latest = Date.parse(thankYou.window.latest ?? "");
      const dayAfter = Date.parse(debrief.interview.endedAt) + DAY;
      expect(latest - earliest).toBeGreaterThanOrEqual(4 * 3_600_000);
      expect(latest).toBeLessThanOrEqual(Math.max(dayAfter, earliest + 4 * 3_600_000) + 3 * DAY);
    });
  });

  it("no-early-feedback-ask: a feedback request only once rejected", () => {
    holds((debrief, plan) => {
      if (has(plan, "request-feedback")) expect(debrief.candidacy.status).toBe("rejected");
    });
  });

  it("apologize-slip only for a slip surely noticed and not already apologised in person", () => {
    holds((debrief, plan) => {
      const apologies = plan.steps.filter((step) => step.strategy === "apologize-slip");
      if (apologies.length === 0) return;
      expect(apologies).toHaveLength(1);
      // The slip the step names (its opening words are quoted in the rationale) is one that qualifies.
      const named = debrief.slips.filter((slip) =>
        apologies[0]?.rationale.includes(`“${slip.what.slice(0, 40)}`),
      );
      expect(named.some((slip) => slip.noticed === "certain" && !slip.apologisedInPerson)).toBe(
        true,
      );
    });
  });

  it("no-do-over-unless-strong: a second-interview request only from a strong candidate the employer leaned toward", () => {
    holds((debrief, plan) => {
      if (!has(plan, "request-second-interview")) return;
      expect(debrief.standing).toMatchObject({ strength: "strong", employerLeaning: "yes" });
    });
  });

  it("no-nuisance: no outreach at all after an unanswered follow-up", () => {
    holds((debrief, plan) => {
      // The earliest contact is the thank-you; any later one is a follow-up.
      const [, ...followUps] = [...debrief.followUps].sort(
        (a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt),
      );
      if (!stillCandidate(debrief) || followUps.every((followUp) => followUp.answered)) return;
      expect(plan.steps.filter((step) => step.outreach)).toEqual([]);
    });
  });

  it("contact-budget: one request at most, a phone call instead of a written one, never both", () => {
    holds((_debrief, plan) => {
      const requests = ["request-call", "phone-call", "request-second-interview"].filter((id) =>
        has(plan, id),
      );
      expect(requests.length).toBeLessThanOrEqual(1);
    });
  });
});
