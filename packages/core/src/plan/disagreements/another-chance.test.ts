import { describe, expect, it } from "vitest";
import { disagreementOf } from "../../test-support/disagreement-of.js";
import { planFor } from "../../test-support/test-debrief.js";

const strong = { strength: "strong", employerLeaning: "yes", wantJob: "very" } as const;

describe("disagreement another-chance (Hickman / Clarity)", () => {
  it.each([
    {
      name: "noticeably bad, still waiting",
      overrides: { interview: { severity: "noticeable" } },
      expected: true,
    },
    {
      name: "severe, status unknown",
      overrides: { interview: { severity: "severe" }, candidacy: { status: "unknown" } },
      expected: true,
    },
    { name: "a minor wobble", overrides: { interview: { severity: "minor" } }, expected: false },
    {
      name: "severity unknown",
      overrides: { interview: { severity: "unknown" } },
      expected: false,
    },
    {
      name: "rejected",
      overrides: { interview: { severity: "severe" }, candidacy: { status: "rejected" } },
      expected: false,
    },
  ] as const)("applies when $name → $expected", ({ overrides, expected }) => {
    expect(disagreementOf(planFor(overrides).plan, "another-chance") !== undefined).toBe(expected);
  });

  it.each([
    {
      name: "strong, leaning, severe: ask as a last resort",
      standing: strong,
      severity: "severe",
      asks: true,
      why: /strong candidate/,
    },
    {
      name: "strong but only noticeable: something left to lose",
      standing: strong,
      severity: "noticeable",
      asks: false,
      why: /something to lose/,
    },
    {
      name: "not the front-runner",
      standing: { ...strong, strength: "average" },
      severity: "severe",
      asks: false,
      why: /front-runner/,
    },
  ] as const)("$name", ({ standing, severity, asks, why }) => {
    const { plan, ids } = planFor({ standing, interview: { severity } });
    const disagreement = disagreementOf(plan, "another-chance");
    expect(disagreement?.sides.map((side) => side.source)).toEqual(["JofA", "CR-finance"]);
    expect(disagreement?.pick.startsWith("Ask")).toBe(asks);
    expect(disagreement?.why).toMatch(why);
    expect(ids.includes("request-second-interview")).toBe(asks);
  });
});
