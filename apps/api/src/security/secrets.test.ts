import { describe, expect, it } from "vitest";
import { hashSecret, randomToken, verifySecret } from "./secrets.js";

describe("secret hashing", () => {
  it("verifies the secret it hashed and nothing else, with a fresh salt each time", async () => {
    const secret = randomToken();
    const stored = await hashSecret(secret);
    expect(stored).toMatch(/^scrypt\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain(secret);
    expect(await verifySecret(secret, stored)).toBe(true);
    expect(await verifySecret(`${secret}x`, stored)).toBe(false);
    expect(await hashSecret(secret)).not.toBe(stored);
  });

  it("refuses a stored value in an unknown format", async () => {
    expect(await verifySecret("anything", "md5$abc")).toBe(false);
  });

  it("makes tokens of 256 random bits, never twice the same", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => randomToken()));
    expect(tokens.size).toBe(1000);
    expect(Buffer.from([...tokens][0]!, "base64url")).toHaveLength(32);
  });
});
