import { describe, expect, it } from "vitest";
import { enforceAlone, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const wantsCall = {
  standing: { believesFit: "yes" },
  interview: { severity: "noticeable" },
} as const;
const frontRunner = {
  standing: { believesFit: "yes", strength: "strong", employerLeaning: "yes", wantJob: "very" },
  interview: { severity: "severe" },
} as const;

const explanationOf = (plan: ReturnType<typeof planFor>["plan"]) =>
  plan.guards.find((guard) => guard.id === "contact-budget")?.explanation ?? "";

describe("guard contact-budget (ADVICE.md: how the messages fit together)", () => {
  it("keeps one request: a second interview outranks a call, a phone call replaces a written one", () => {
    const debrief = testDebrief(frontRunner);
    expect(
      enforceAlone(
        "contact-budget",
        ["thank-you-email", "request-call", "phone-call", "request-second-interview"],
        debrief,
      ),
    ).toEqual(["thank-you-email", "request-second-interview"]);
    expect(
      enforceAlone("contact-budget", ["thank-you-email", "request-call", "phone-call"], debrief),
    ).toEqual(["thank-you-email", "phone-call"]);
    expect(enforceAlone("contact-budget", ["thank-you-email", "request-call"], debrief)).toEqual([
      "thank-you-email",
      "request-call",
    ]);
  });

  it("a law firm's front-runner gets one email, one note and one request, in a plan that says so", () => {
    const { plan, ids } = planFor({
      ...frontRunner,
      organisation: { name: "Hale & Ward LLP", size: "small", formal: "yes" },
      career: { comfortableOnPhone: "yes" },
      circumstance: { description: "My mother was rushed to hospital", disclose: true },
    });
    expect(
      ids.filter((id) => ["request-call", "phone-call", "request-second-interview"].includes(id)),
    ).toEqual(["request-second-interview"]);
    expect(explanationOf(plan)).toBe(
      "Before any follow-up, Hale & Ward LLP hears from you once by email, plus one handwritten note: everything your thank-you needs to say is in it, each thing said once. It asks for one thing only, as a last resort: another interview.",
    );
  });

  it("explains the budget in the person's situation", () => {
    expect(explanationOf(planFor(wantsCall).plan)).toMatch(
      /It asks for one thing only: a short call\.$/,
    );
    expect(
      explanationOf(planFor({ ...wantsCall, career: { comfortableOnPhone: "yes" } }).plan),
    ).toMatch(/Your phone call takes the place of a written request for one\.$/);
    expect(
      explanationOf(
        planFor({ followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }] }).plan,
      ),
    ).toMatch(/^Your thank-you has gone/);
    expect(
      explanationOf(
        planFor({ candidacy: { status: "rejected" }, career: { yearsExperience: 1 } }).plan,
      ),
    ).toMatch(/a gracious reply with your one question about next time inside it/);
  });

  it("is in force whenever a message may still go out, and not after an offer", () => {
    expect(inForce(planFor().plan, "contact-budget")).toBe(true);
    expect(inForce(planFor({ candidacy: { status: "rejected" } }).plan, "contact-budget")).toBe(
      true,
    );
    expect(inForce(planFor({ candidacy: { status: "offer" } }).plan, "contact-budget")).toBe(false);
  });
});
