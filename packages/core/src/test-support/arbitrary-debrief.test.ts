import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DebriefSchema } from "../debrief/debrief.js";
import { arbitraryDebriefAndNow } from "./arbitrary-debrief.js";

describe("arbitraryDebrief", () => {
  it("only generates schema-valid debriefs with a now after the interview", () => {
    fc.assert(
      fc.property(arbitraryDebriefAndNow, ({ debrief, now }) => {
        expect(DebriefSchema.safeParse(debrief).success).toBe(true);
        expect(now.getTime()).toBeGreaterThan(Date.parse(debrief.interview.endedAt));
      }),
      { numRuns: 500 },
    );
  });
});
