import { randomToken } from "./secrets.js";

/**
 * Secret keys look like `sk_<keyId>_<secret>`: the key id finds the row, the secret is checked
 * against its scrypt hash. Publishable keys (`pk_<random>`) only identify an agency.
 */
export interface SecretKeyParts {
  keyId: string;
  secret: string;
}

const SECRET_KEY_PATTERN = /^sk_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

export function newPublishableKey(): string {
  return `pk_${randomToken(18)}`;
}

export function newSecretKey(): SecretKeyParts & { key: string } {
  const keyId = randomToken(24)
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 16)
    .padEnd(16, "0");
  const secret = randomToken(32);
  return { keyId, secret, key: `sk_${keyId}_${secret}` };
}

export function parseSecretKey(key: string): SecretKeyParts | null {
  const match = SECRET_KEY_PATTERN.exec(key);
  if (!match?.[1] || !match[2]) return null;
  return { keyId: match[1], secret: match[2] };
}

/** The bearer token of an `Authorization` header, if any. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
