import { z } from "zod";

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
    .max(80, { error: "Title: at most 80 characters." }),
  intro: z.string().trim().max(400, { error: "Intro: at most 400 characters." }).default(""),
  ctaLabel: z
    .string()
    .trim()
    .max(40, { error: "Button label: at most 40 characters." })
    .default(""),
  ctaUrl: HttpsUrlSchema.optional(),
  /** The floating button's text on the agency's pages. */
  launcherLabel: z
    .string()
    .trim()
    .min(1, { error: "Launcher label is required." })
    .max(40, { error: "Launcher label: at most 40 characters." })
    .default("Interview coach"),
});
export type AgencyCopy = z.output<typeof AgencyCopySchema>;
export type AgencyCopyInput = z.input<typeof AgencyCopySchema>;
