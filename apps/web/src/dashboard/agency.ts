import type { RouterInputs, RouterOutputs } from "@rebound/api";

/** The agency as the dashboard reads it back (never a key hash). */
export type Agency = RouterOutputs["agency"]["get"];
export type AgencyPatch = RouterInputs["agency"]["update"];
export type UsageDay = RouterOutputs["agency"]["usage"][number];
export type SharedSummary = RouterOutputs["agency"]["shares"]["items"][number];

/** Saves part of the agency's settings and resolves with the saved record. */
export type SaveAgency = (patch: AgencyPatch) => Promise<Agency>;
