import { z } from "zod";

/** An instant the caller may pin (tests, "what if I wait until Monday"); the server clock otherwise. */
export const OptionalNowSchema = z.iso
  .datetime({ offset: true, error: "now must be a date and time such as 2026-11-21T10:30:00Z." })
  .describe(
    "The instant to plan from, with an offset (2026-11-21T09:00:00Z); the server's clock when absent.",
  )
  .optional();

export function resolveNow(now: string | undefined, clock: () => Date): Date {
  return now === undefined ? clock() : new Date(now);
}

export const PublishableKeySchema = z
  .string({ error: "key must be a publishable key." })
  .regex(/^pk_[A-Za-z0-9_-]{10,64}$/, { error: "key must be a publishable key such as pk_…" });

/** True for an origin exactly as a browser writes one: scheme, host and port, nothing else. */
function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** The origin of the page hosting the widget, as the frame reports it; checked against the agency's list. */
export const HostOriginSchema = z
  .string({ error: "hostOrigin must be text." })
  .min(1, { error: "hostOrigin is required." })
  .max(200, { error: "hostOrigin is too long." })
  .refine(isOrigin, { error: "hostOrigin must be an origin such as https://careers.example.com." });

export const DebriefIdSchema = z.uuid({ error: "id must be a debrief id." });
export const ResumeTokenSchema = z
  .string({ error: "resumeToken must be text." })
  .min(20, { error: "resumeToken is too short." })
  .max(100, { error: "resumeToken is too long." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "resumeToken must be the token you were given." });
