import { z } from "zod";

/** Yes / no with an honest "don't know": people often cannot be sure. */
export const TriStateSchema = z.enum(["yes", "no", "unknown"]);
export type TriState = z.infer<typeof TriStateSchema>;

/** How sure the person is that the interviewer noticed a slip-up. */
export const NoticedSchema = z.enum(["certain", "unsure", "no"]);
export type Noticed = z.infer<typeof NoticedSchema>;
