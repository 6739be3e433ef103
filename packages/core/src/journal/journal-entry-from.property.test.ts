import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choosePlan } from "../plan/choose-plan.js";
import { arbitraryDebriefAndNow } from "../test-support/arbitrary-debrief.js";
import { JournalEntrySchema } from "./entry.js";
import { journalEntryFrom } from "./journal-entry-from.js";

describe("journalEntryFrom over generated debriefs", () => {
  // It no longer parses its own output: this proves parsing would have changed nothing.
  it("returns exactly what parsing the entry would give, in the same key order", () => {
    fc.assert(
      fc.property(arbitraryDebriefAndNow, ({ debrief, now }) => {
        const entry = journalEntryFrom(debrief, choosePlan(debrief, now));
        const parsed = JournalEntrySchema.parse(entry);
        expect(entry).toStrictEqual(parsed);
        expect(JSON.stringify(entry)).toBe(JSON.stringify(parsed));
      }),
      { numRuns: 500 },
    );
  });
});
