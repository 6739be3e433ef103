import { describe, expect, it } from "vitest";
import { enforceAlone, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const strong = { strength: "strong", employerLeaning: "yes", wantJob: "very" } as const;

describe("guard no-do-over-unless-strong", () => {
  it.each([
    {
      name: "strong and the employer leaning their way",
      standing: strong,
      inForce: false,
      kept: true,
    },
    {
      name: "strong, employer not leaning",
      standing: { ...strong, employerLeaning: "no" },
      inForce: true,
      kept: false,
    },
    {
      name: "strong, leaning unknown",
      standing: { ...strong, employerLeaning: "unknown" },
      inForce: true,
      kept: false,
    },
    { name: "average", standing: { ...strong, strength: "average" }, inForce: true, kept: false },
    {
      name: "strength unknown",
      standing: { ...strong, strength: "unknown" },
      inForce: true,
      kept: false,
    },
  ] as const)("$name: in force $inForce, a do-over request kept $kept", (row) => {
    const overrides = { standing: row.standing, interview: { severity: "severe" } } as const;
    expect(inForce(planFor(overrides).plan, "no-do-over-unless-strong")).toBe(row.inForce);
    const kept = enforceAlone(
      "no-do-over-unless-strong",
      ["request-second-interview"],
      testDebrief(overrides),
    );
    expect(kept.includes("request-second-interview")).toBe(row.kept);
  });

  it("is not listed once out of the running", () => {
    const { plan } = planFor({ candidacy: { status: "rejected" } });
    expect(inForce(plan, "no-do-over-unless-strong")).toBe(false);
  });
});
