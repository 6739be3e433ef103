import { ChannelSchema, StrategyIdSchema, TemplateIdSchema } from "../plan/ids.js";

type Id =
  | (typeof ChannelSchema.options)[number]
  | (typeof StrategyIdSchema.options)[number]
  | (typeof TemplateIdSchema.options)[number];

/** `id.replace(/-/g, " ")`: the reference the table below is built from (and tested against). */
export const spacedByRegex = (id: string): string => id.replace(/-/g, " ");

// Every id a reminder names, spaced once at load: describing a step is then a lookup.
const SPACED: ReadonlyMap<string, string> = new Map(
  [...ChannelSchema.options, ...StrategyIdSchema.options, ...TemplateIdSchema.options].map((id) => [
    id,
    spacedByRegex(id),
  ]),
);

/** "thank-you-email" → "thank you email", as a reminder's description writes an id. */
export function spaced(id: Id): string {
  return SPACED.get(id) ?? spacedByRegex(id);
}
