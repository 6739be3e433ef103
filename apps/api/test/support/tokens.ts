/** The same token with its first character changed: a near miss that must not be accepted. */
export function tampered(token: string): string {
  return (token.startsWith("A") ? "B" : "A") + token.slice(1);
}

/** A secret key with the right key id and a wrong secret (`sk_` + 16-character id + `_` + secret). */
export function withWrongSecret(secretKey: string): string {
  return secretKey.slice(0, 20) + tampered(secretKey.slice(20));
}
