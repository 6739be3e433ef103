import { describe, expect, it } from "vitest";
import { bearerToken, newPublishableKey, newSecretKey, parseSecretKey } from "./api-keys.js";

describe("API keys", () => {
  it("parses a secret key back into the id that finds its row and the secret that is hashed", () => {
    const created = newSecretKey();
    expect(parseSecretKey(created.key)).toEqual({ keyId: created.keyId, secret: created.secret });
  });

  it("does not mistake other strings for a secret key", () => {
    for (const key of [
      "",
      "sk_",
      newPublishableKey(),
      "sk_short_secret",
      `${newSecretKey().key}x`,
    ]) {
      expect(parseSecretKey(key), key).toBeNull();
    }
  });

  it("reads only a Bearer authorization", () => {
    expect(bearerToken("Bearer sk_abc")).toBe("sk_abc");
    expect(bearerToken("bearer   sk_abc ")).toBe("sk_abc");
    expect(bearerToken("Basic dXNlcjpwdw==")).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
