import type { AppConfig } from "../config.js";
import { ANONYMOUS, type RequestAuth } from "../context.js";
import type { Database } from "../db/create-database.js";
import { bearerToken, parseSecretKey } from "../security/api-keys.js";
import { readCookie, SESSION_COOKIE } from "../security/cookies.js";
import { safeEqual, sha256 } from "../security/secrets.js";
import { agencyIdForSecretKey, liveKeyHolder } from "../store/secret-keys.js";
import { agencyIdForSession } from "../store/sessions.js";

export interface AuthHeaders {
  authorization?: string | undefined;
  cookie?: string | undefined;
}

const VERIFIED_KEY_TTL_MS = 60_000;
const VERIFIED_KEY_CACHE_SIZE = 1000;

/**
 * Resolves who is calling. scrypt is deliberately slow, so a key verified in the last minute is
 * remembered (by its SHA-256, never the key itself) and API clients keep their throughput. A
 * remembered key is still looked up by its id on every request (one indexed read, no hashing), so
 * a key rolled away or expired stops working at once, in every API process.
 */
export function createAuthResolver(
  db: Database,
  config: Pick<AppConfig, "adminToken">,
  now: () => Date,
) {
  const verified = new Map<string, { agencyId: string; until: number }>();

  async function agencyForKey(key: string): Promise<string | null> {
    const cacheKey = sha256(key);
    const hit = verified.get(cacheKey);
    if (hit && hit.until > now().getTime()) {
      const keyId = parseSecretKey(key)?.keyId ?? "";
      if ((await liveKeyHolder(db, keyId, now()))?.agencyId === hit.agencyId) return hit.agencyId;
      verified.delete(cacheKey);
      return null;
    }
    const agencyId = await agencyIdForSecretKey(db, key, now());
    if (agencyId !== null) {
      if (verified.size >= VERIFIED_KEY_CACHE_SIZE) verified.clear();
      verified.set(cacheKey, { agencyId, until: now().getTime() + VERIFIED_KEY_TTL_MS });
    }
    return agencyId;
  }

  return async function resolveAuth(headers: AuthHeaders): Promise<RequestAuth> {
    const token = bearerToken(headers.authorization);
    if (token !== null) {
      if (config.adminToken !== undefined && safeEqual(token, config.adminToken)) {
        return { agencyId: null, via: "admin", invalidKey: false };
      }
      const agencyId = await agencyForKey(token);
      return agencyId === null
        ? { ...ANONYMOUS, invalidKey: true }
        : { agencyId, via: "secret-key", invalidKey: false };
    }
    const session = readCookie(headers.cookie, SESSION_COOKIE);
    if (session !== null && session !== "") {
      const agencyId = await agencyIdForSession(db, session, now());
      if (agencyId !== null) return { agencyId, via: "session", invalidKey: false };
    }
    return ANONYMOUS;
  };
}

export type AuthResolver = ReturnType<typeof createAuthResolver>;
