/** The server's secrets key in tests: fixed, so sealed webhook secrets open across restarts. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7).toString("base64");
