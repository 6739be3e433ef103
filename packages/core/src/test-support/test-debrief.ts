import type { Debrief, DebriefInput } from "../debrief/debrief.js";
import { parseDebrief } from "../debrief/parse.js";
import { choosePlan } from "../plan/choose-plan.js";
import type { StrategyId } from "../plan/ids.js";
import type { Plan, Step } from "../plan/plan.js";

/** The interview every test debrief starts from, and a `now` the morning after. */
export const TEST_INTERVIEW_END = "2026-11-20T15:00:00.000Z";
export const TEST_NOW = new Date("2026-11-21T09:00:00.000Z");

/** Fixtures are written `as const`, so every level may be readonly. */
type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Per section: a list replaces the default one, an object is merged over the base section. */
type SectionOverride<T> = DeepReadonly<T extends readonly unknown[] ? T : Partial<T>>;

export type DebriefOverrides = {
  readonly [K in keyof DebriefInput]?: SectionOverride<NonNullable<DebriefInput[K]>>;
};

const BASE = {
  interview: { endedAt: TEST_INTERVIEW_END, format: "in-person", severity: "minor" },
  feelings: { rawness: "calm" },
  candidacy: { status: "waiting" },
  organisation: { name: "Acme Ltd", size: "large", formal: "no", viaRecruiter: false },
} satisfies DebriefInput;

/** A section object to merge into (lists and scalars replace instead). */
const isSection = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A schema-valid debrief for tests: a calm, waiting candidate at a large company, with each
 * section shallowly overridden (lists replace). Throws on an invalid result, since a test
 * debrief that does not parse is a broken test.
 */
export function testDebrief(overrides: DebriefOverrides = {}): Debrief {
  const input: Record<string, unknown> = { ...BASE };
  for (const [key, value] of Object.entries(overrides)) {
    const base = input[key];
    input[key] = isSection(value) && isSection(base) ? { ...base, ...value } : value;
  }
  const parsed = parseDebrief(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The plan for a test debrief (at TEST_NOW unless told), and the ids of its steps, in order. */
export function planFor(overrides: DebriefOverrides = {}, now: Date = TEST_NOW) {
  const plan = choosePlan(testDebrief(overrides), now);
  return { plan, ids: plan.steps.map((step) => step.strategy) };
}

/** The one step of a strategy in a plan; throws when absent so tests fail loudly. */
export function stepOf(plan: Plan, id: StrategyId): Step {
  const step = plan.steps.find((candidate) => candidate.strategy === id);
  if (step === undefined) throw new Error(`The plan has no ${id} step.`);
  return step;
}
