import { choosePlan, DebriefSchema } from "@rebound/core";
import { ANONYMOUS, type Context } from "../../context.js";
import { AgencyOutputSchema } from "../../routers/agency-output.js";
import { callProcedure } from "../procedures.js";
import {
  EXAMPLE_AGENCY,
  EXAMPLE_DEBRIEF,
  EXAMPLE_NOW,
  REQUEST_EXAMPLES,
  STORED_ANSWER_EXAMPLES,
} from "./examples.js";

/** Long lists are cut to their first entries in the reference: enough to show their shape. */
const SHOWN_ENTRIES = 3;

/** A context for the procedures that need no database: the reference computes their answers. */
const computing: Context = {
  db: undefined as never,
  now: () => EXAMPLE_NOW,
  auth: ANONYMOUS,
  sessionToken: null,
  requestOrigin: null,
  ownOrigin: null,
  secure: false,
  setCookie: () => undefined,
  // No computed procedure signs webhooks.
  webhooks: { secretsKey: Buffer.alloc(0), allowLoopback: false },
  // Nor shares anything.
  countShare: () => Promise.resolve(),
};

const COMPUTED = [
  "plan.build",
  "messages.render",
  "messages.lint",
  "catalogue.strategies",
  "catalogue.templates",
];

/**
 * An answer for every operation: the stateless ones computed by their own procedure from the
 * request example (so the reference shows what the API really says), the stored ones written
 * out, checked against the output schemas by the tests.
 */
export async function answerExamples(): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = { ...STORED_ANSWER_EXAMPLES };
  for (const path of COMPUTED) {
    const answer = await callProcedure(
      computing,
      path.split("."),
      REQUEST_EXAMPLES[path] ?? undefined,
    );
    answers[path] = Array.isArray(answer) ? answer.slice(0, SHOWN_ENTRIES) : answer;
  }
  const debrief = DebriefSchema.parse(EXAMPLE_DEBRIEF);
  const saved = {
    id: "3f2b8c1e-5d4a-4e6b-9c7d-2a1f0e9b8c7d",
    debrief,
    updatedAt: "2026-11-21T09:00:00.000Z",
  };
  answers["debriefs.get"] = saved;
  answers["debriefs.update"] = saved;
  answers["debriefs.setStatus"] = choosePlan(
    { ...debrief, candidacy: { status: "rejected", changedAt: "2026-11-28T09:00:00.000Z" } },
    new Date("2026-11-28T09:00:00Z"),
  );
  const agency = AgencyOutputSchema.parse({
    ...EXAMPLE_AGENCY,
    theme: {},
    copy: { title: "Acme Talent, after the interview" },
    modes: ["inline", "popup", "floatingButton"],
  });
  answers["agency.get"] = agency;
  answers["agency.update"] = agency;
  answers["widget.config"] = {
    agencyName: agency.name,
    theme: agency.theme,
    copy: agency.copy,
    modes: agency.modes,
  };
  return answers;
}
