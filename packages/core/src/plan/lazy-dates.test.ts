import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDebriefAndNow } from "../test-support/arbitrary-debrief.js";
import { coolOffEnd, type PlanDates, planDates, planInstants } from "./dating.js";
import { LazyPlanDates } from "./lazy-dates.js";
import { debriefClock } from "../time/debrief-clock.js";

describe("LazyPlanDates (property)", () => {
  it("gives every window planDates gives, read in any order, the same object when read twice", () => {
    fc.assert(
      fc.property(arbitraryDebriefAndNow, fc.nat(), ({ debrief, now }, rotation) => {
        const coolOffUntil = coolOffEnd(debrief, now);
        const clock = debriefClock(debrief);
        const eager = planDates(debrief, now, coolOffUntil, clock);
        const lazy = new LazyPlanDates(planInstants(debrief, now, coolOffUntil, clock));
        const names = Object.keys(eager) as (keyof PlanDates)[];
        const start = rotation % names.length;
        for (const name of [...names.slice(start), ...names.slice(0, start)]) {
          expect(lazy[name]).toEqual(eager[name]);
          expect(lazy[name]).toBe(lazy[name]);
        }
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});
