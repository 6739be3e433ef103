import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface SecretsKeyConfig {
  /** `REBOUND_SECRETS_KEY`: 32 bytes, base64 or base64url. Every API process must share it. */
  key?: string | undefined;
  /** Where a single-machine install keeps a generated key when no key is set. */
  keyFile: string;
}

function decode(value: string, source: string): Buffer {
  // Node's base64 decoder takes the URL-safe alphabet too.
  const key = Buffer.from(value.trim(), "base64");
  if (key.length !== 32)
    throw new Error(`${source} must hold 32 bytes in base64 (openssl rand -base64 32).`);
  return key;
}

/**
 * The key that seals webhook signing secrets. From the environment when set (required when several
 * API processes share one database); otherwise from a key file next to the embedded database,
 * created on first use and readable by its owner only.
 */
export function resolveSecretsKey(config: SecretsKeyConfig): Buffer {
  if (config.key !== undefined) return decode(config.key, "REBOUND_SECRETS_KEY");
  try {
    return decode(readFileSync(config.keyFile, "utf8"), config.keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(config.keyFile), { recursive: true });
  const key = randomBytes(32);
  // "wx": never overwrite a key another process wrote a moment ago.
  try {
    writeFileSync(config.keyFile, `${key.toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      return decode(readFileSync(config.keyFile, "utf8"), config.keyFile);
    throw error;
  }
  chmodSync(config.keyFile, 0o600);
  return key;
}
