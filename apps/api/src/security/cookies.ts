export const SESSION_COOKIE = "rebound_session";
const SESSION_SECONDS = 8 * 60 * 60;

/** The value of one cookie from a `Cookie` header (no dependency needed for one name). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      return null; // a malformed escape is no session, not a server error
    }
  }
  return null;
}

export function sessionCookie(token: string, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "HttpOnly",
    "SameSite=Strict",
    "Path=/",
    `Max-Age=${SESSION_SECONDS}`,
  ]
    .concat(secure ? ["Secure"] : [])
    .join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=0"]
    .concat(secure ? ["Secure"] : [])
    .join("; ");
}

export const SESSION_TTL_MS = SESSION_SECONDS * 1000;
