import { z } from "zod";

const DEV_HOSTS = new Set(["localhost", "127.0.0.1"]);

/** True for `https://host[:port]`, or `http://localhost:port` / `http://127.0.0.1:port` in development. */
export function isAllowableOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // An origin has no path, query, fragment or credentials: compare against its canonical form.
  if (url.origin !== value) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && DEV_HOSTS.has(url.hostname) && url.port !== "";
}

/** A site allowed to frame the widget: exactly an origin, https (or a local dev server). */
export const AllowedOriginSchema = z
  .string({ error: "An origin must be text." })
  .max(200, { error: "An origin is at most 200 characters." })
  .refine(isAllowableOrigin, {
    error:
      "An origin looks like https://careers.example.com (no path); http only for localhost or 127.0.0.1 with a port.",
  });
export type AllowedOrigin = z.infer<typeof AllowedOriginSchema>;

export const AllowedOriginsSchema = z
  .array(AllowedOriginSchema)
  .max(20, { error: "List at most 20 origins." });
