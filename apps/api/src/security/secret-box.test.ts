import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box.js";
import { resolveSecretsKey } from "./secrets-key.js";

describe("sealed secrets", () => {
  const key = randomBytes(32);

  it("opens what it sealed, and the sealed text reveals nothing of the secret", () => {
    const sealed = sealSecret(key, "whsec_c2lnbmluZyBzZWNyZXQ", "agency-1");
    expect(sealed).not.toContain("whsec_");
    expect(sealed).not.toBe(sealSecret(key, "whsec_c2lnbmluZyBzZWNyZXQ", "agency-1"));
    expect(openSecret(key, sealed, "agency-1")).toBe("whsec_c2lnbmluZyBzZWNyZXQ");
  });

  it("refuses another key, another owner, or a tampered value", () => {
    const sealed = sealSecret(key, "whsec_abc", "agency-1");
    expect(() => openSecret(randomBytes(32), sealed, "agency-1")).toThrow();
    expect(() => openSecret(key, sealed, "agency-2")).toThrow();
    const [version, iv, ciphertext, tag] = sealed.split(".");
    const flipped = `${(ciphertext ?? "").startsWith("A") ? "B" : "A"}${(ciphertext ?? "").slice(1)}`;
    expect(() => openSecret(key, [version, iv, flipped, tag].join("."), "agency-1")).toThrow();
  });
});

describe("resolveSecretsKey", () => {
  it("creates a key file once, readable by its owner only, and reads it back", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rebound-key-"));
    try {
      const keyFile = path.join(dir, "data", "secrets.key");
      const first = resolveSecretsKey({ keyFile });
      expect(first).toHaveLength(32);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(resolveSecretsKey({ keyFile }).equals(first)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prefers the environment's key and refuses one of the wrong length", () => {
    const key = randomBytes(32);
    expect(resolveSecretsKey({ key: key.toString("base64"), keyFile: "/nonexistent/x" })).toEqual(
      key,
    );
    expect(() => resolveSecretsKey({ key: "too-short", keyFile: "/nonexistent/x" })).toThrow(
      /32 bytes/,
    );
  });
});
