import { describe, expect, it } from "vitest";
import { findingsOf, flaggedText } from "../../test-support/lint-harness.js";

const frontRunner = { strength: "strong", employerLeaning: "yes" } as const;
const request = "Would you consider giving me another interview? I know I can do better.";

describe("lint do-over-request (guard no-do-over-unless-strong)", () => {
  it.each([
    {
      name: "an average candidate",
      standing: { strength: "average" },
      status: "waiting",
      flagged: ["another interview"],
    },
    {
      name: "strong, employer not leaning",
      standing: { ...frontRunner, employerLeaning: "no" },
      status: "waiting",
      flagged: ["another interview"],
    },
    {
      name: "rejected, not a front-runner",
      standing: {},
      status: "rejected",
      flagged: ["another interview"],
    },
    {
      name: "the front-runner: a last resort they may take",
      standing: frontRunner,
      status: "waiting",
      flagged: [],
    },
    { name: "an offer: nothing to redo", standing: {}, status: "offer", flagged: [] },
  ] as const)("$name", ({ standing, status, flagged }) => {
    const findings = findingsOf("do-over-request", request, {
      overrides: { standing, candidacy: { status } },
    });
    expect(flaggedText(request, findings)).toEqual(flagged);
    for (const finding of findings) expect(finding.guard).toBe("no-do-over-unless-strong");
  });

  it.each([
    "Could we meet again about the role? A do-over would help.",
    "Please interview me again.",
  ])("catches other wordings: %s", (text) => {
    expect(findingsOf("do-over-request", text).length).toBeGreaterThan(0);
  });

  it.each([
    "Thank you again for meeting me about the role.",
    "I would welcome a short call to answer your questions more fully.",
    "If another opening comes up, I would be glad to be considered.",
  ])("leaves alone: %s", (text) => {
    expect(findingsOf("do-over-request", text)).toEqual([]);
  });
});
