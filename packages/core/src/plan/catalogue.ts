import { GUARD_RULES } from "./guards/index.js";
import type { GuardId, StrategyId } from "./ids.js";
import type { SourceRef } from "./plan.js";
import { STRATEGY_RULES } from "./strategies/index.js";

export interface StrategyCatalogueEntry {
  id: StrategyId;
  title: string;
  summary: string;
  sources: SourceRef[];
}

export interface GuardCatalogueEntry {
  id: GuardId;
  title: string;
  summary: string;
  sources: SourceRef[];
}

/** Every strategy, in plan order: for the API's "list strategies" and the UI's why-panels. */
export const STRATEGY_CATALOGUE: readonly StrategyCatalogueEntry[] = STRATEGY_RULES.map((rule) => ({
  id: rule.id,
  title: rule.title,
  summary: rule.summary,
  sources: [...rule.sources],
}));

/** Every guard: what a plan and a message must never do. */
export const GUARD_CATALOGUE: readonly GuardCatalogueEntry[] = GUARD_RULES.map((rule) => ({
  id: rule.id,
  title: rule.title,
  summary: rule.summary,
  sources: [...rule.sources],
}));
