import { z } from "zod";

const DEV_HOSTS = new Set(["localhost", "127.0.0.1"]);

/** One DNS label (after IDNA, as URL gives it): letters, digits and inner hyphens. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A host a browser can name as an origin: a domain of DNS labels, an IPv4 address or a bracketed
 * IPv6 address. URL itself accepts `*` and other punctuation in hosts, which would then pass the
 * canonical-form check below and end up in `frame-ancestors` as a wildcard.
 */
function isExactHost(hostname: string): boolean {
  if (hostname.startsWith("[") && hostname.endsWith("]")) return true; // URL validated the IPv6
  return hostname.split(".").every((label) => LABEL.test(label));
}

/**
 * True for exactly `https://host[:port]`, or `http://localhost:port` / `http://127.0.0.1:port`
 * in development: no path, query, fragment, credentials or wildcard.
 */
export function isAllowableOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // An origin has no path, query, fragment or credentials: compare against its canonical form.
  if (url.origin !== value || !isExactHost(url.hostname)) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && DEV_HOSTS.has(url.hostname) && url.port !== "";
}

/** A site allowed to frame the widget: exactly an origin, https (or a local dev server). */
export const AllowedOriginSchema = z
  .string({ error: "An origin must be text." })
  .max(200, { error: "An origin is at most 200 characters." })
  .refine((value) => !value.includes("*"), {
    error:
      "Wildcards are not allowed: list each site exactly, such as https://careers.example.com.",
    abort: true,
  })
  .refine(isAllowableOrigin, {
    error:
      "An origin looks like https://careers.example.com (no path); http only for localhost or 127.0.0.1 with a port.",
  });
export type AllowedOrigin = z.infer<typeof AllowedOriginSchema>;

export const AllowedOriginsSchema = z
  .array(AllowedOriginSchema)
  .max(20, { error: "List at most 20 origins." });
