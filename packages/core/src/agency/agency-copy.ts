import { z } from "zod";
import { clipToLength } from "../text/clip.js";
import { refuseUnsafeCharacters, withoutRefusedCharacters } from "../text/refused-characters.js";
import { AGENCY_NAME_MAX } from "./agency-name.js";

/** An absolute https URL: a call-to-action never points at a script or plain-http page. */
export const HttpsUrlSchema = z
  .url({ protocol: /^https$/, error: "The link must be an https:// address." })
  .max(500, { error: "The link is too long: keep it under 500 characters." });

/** The words a tenant shows around the widget (title, intro, launcher), plus one call-to-action. */
export const AgencyCopySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: "Title is required." })
    .max(AGENCY_NAME_MAX, { error: `Title: at most ${AGENCY_NAME_MAX} characters.` })
    .superRefine(refuseUnsafeCharacters("Title")),
  intro: z
    .string()
    .trim()
    .max(400, { error: "Intro: at most 400 characters." })
    .superRefine(refuseUnsafeCharacters("Intro"))
    .default(""),
  ctaLabel: z
    .string()
    .trim()
    .max(40, { error: "Button label: at most 40 characters." })
    .superRefine(refuseUnsafeCharacters("Button label"))
    .default(""),
  ctaUrl: HttpsUrlSchema.optional(),
  /** The floating button's text on the agency's pages. */
  launcherLabel: z
    .string()
    .trim()
    .min(1, { error: "Launcher label is required." })
    .max(40, { error: "Launcher label: at most 40 characters." })
    .superRefine(refuseUnsafeCharacters("Launcher label"))
    .default("Interview coach"),
});
export type AgencyCopy = z.output<typeof AgencyCopySchema>;
export type AgencyCopyInput = z.input<typeof AgencyCopySchema>;

const CopyFields = AgencyCopySchema.shape;

/**
 * Stored copy read field by field: a field that no longer fits today's schema (written under
 * older, looser rules) falls back to its default instead of failing the whole agency, and the
 * title falls back to the agency's name, cleaned and clipped to fit.
 */
export function readStoredAgencyCopy(stored: unknown, agencyName: string): AgencyCopy {
  const fields =
    typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const fallbackTitle =
    clipToLength(withoutRefusedCharacters(agencyName).trim(), AGENCY_NAME_MAX).trim() || "Rebound";
  const ctaUrl = CopyFields.ctaUrl.safeParse(fields.ctaUrl);
  return {
    title: CopyFields.title.catch(fallbackTitle).parse(fields.title ?? agencyName),
    intro: CopyFields.intro.catch("").parse(fields.intro),
    ctaLabel: CopyFields.ctaLabel.catch("").parse(fields.ctaLabel),
    launcherLabel: CopyFields.launcherLabel
      .catch(CopyFields.launcherLabel.parse(undefined))
      .parse(fields.launcherLabel),
    ...(ctaUrl.success && ctaUrl.data !== undefined ? { ctaUrl: ctaUrl.data } : {}),
  };
}
