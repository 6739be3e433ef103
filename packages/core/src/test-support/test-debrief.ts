import type { Debrief, DebriefInput } from "../debrief/debrief.js";
import { parseDebrief } from "../debrief/parse.js";
import { choosePlan } from "./choose-plan.js";
import type { StrategyId } from "./ids.js";
import type { Plan, Step } from "./plan.js";

/** The interview every test debrief starts from, and a `now` the morning after. */
export const TEST_INTERVIEW_END = "2026-11-20T15:00:00.000Z";
export const TEST_NOW = new Date("2026-11-21T09:00:00.000Z");

type Overrides = { [K in keyof DebriefInput]?: DebriefInput[K] extends unknown[] | undefined ? DebriefInput[K] : Partial<NonNullable<DebriefInput[K]>> };

const BASE = {
  interview: { endedAt: TEST_INTERVIEW_END, format: "in-person", severity: "minor" },
  feelings: { rawness: "calm" },
  candidacy: { status: "waiting" },
  organisation: { name: "Acme Ltd", size: "large", formal: "no", viaRecruiter: false },
} satisfies DebriefInput;

/**
 * A schema-valid debrief for tests: a calm, waiting candidate at a large company, with each
 * section shallowly overridden (lists replace). Throws on an invalid result, since a test
 * debrief that does not parse is a broken test.
 */
export function testDebrief(overrides: Overrides = {}): Debrief {
  const input: Record<string, unknown> = { ...BASE };
  for (const [key, value] of Object.entries(overrides)) {
    const base = input[key];
    input[key] =
      Array.isArray(value) || typeof value !== "object" || typeof base !== "object" ? value : { ...base, ...value };
  }
  const parsed = parseDebrief(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The plan for a test debrief (at TEST_NOW unless told), and the ids of its steps, in order. */
export function planFor(overrides: Overrides = {}, now: Date = TEST_NOW) {
  const plan = choosePlan(testDebrief(overrides), now);
  return { plan, ids: plan.steps.map((step) => step.strategy) };
}

/** The one step of a strategy in a plan; throws when absent so tests fail loudly. */
export function stepOf(plan: Plan, id: StrategyId): Step {
  const step = plan.steps.find((candidate) => candidate.strategy === id);
  if (step === undefined) throw new Error(`The plan has no ${id} step.`);
  return step;
}
