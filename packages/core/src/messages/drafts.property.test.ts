import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choosePlan } from "../plan/choose-plan.js";
import { arbitraryDebriefAndNow } from "../test-support/arbitrary-debrief.js";
import { findingsFor, UNFILLED_SLOT } from "../test-support/draft-checks.js";
import { draftsForPlan } from "./drafts-for-plan.js";
import { MessageSchema } from "./message.js";
import { countWords } from "./word-limits.js";

// Seeded so a failure is reproducible in CI; the counterexample is printed on failure.
const RUNS = { numRuns: 1000, seed: 20261122 };

describe("every draft of every plan (property)", () => {
  it.each(["formal", "warm"] as const)(
    "renders with no slot left, within its word limit, lint-clean (%s)",
    (tone) => {
      fc.assert(
        fc.property(arbitraryDebriefAndNow, ({ debrief, now }) => {
          const plan = choosePlan(debrief, now);
          for (const message of draftsForPlan(plan, debrief, tone)) {
            expect(MessageSchema.safeParse(message).success).toBe(true);
            expect(`${message.subject ?? ""}\n${message.body}`).not.toMatch(UNFILLED_SLOT);
            expect(countWords(message.body)).toBeLessThanOrEqual(message.wordLimit);
            expect(findingsFor(message, debrief)).toEqual([]);
          }
        }),
        RUNS,
      );
    },
  );
});
