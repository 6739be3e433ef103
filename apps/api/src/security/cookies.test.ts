import { describe, expect, it } from "vitest";
import { clearedSessionCookie, readCookie, sessionCookie } from "./cookies.js";

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Strict, site-wide, and Secure over https only", () => {
    expect(sessionCookie("abc", false)).toBe(
      "rebound_session=abc; HttpOnly; SameSite=Strict; Path=/; Max-Age=28800",
    );
    expect(sessionCookie("abc", true)).toMatch(/; Secure$/);
    expect(clearedSessionCookie(false)).toContain("Max-Age=0");
  });

  it("is read from a Cookie header among others, and a malformed one is no session", () => {
    expect(readCookie("theme=dark; rebound_session=abc%2Fd; x=1", "rebound_session")).toBe("abc/d");
    expect(readCookie("rebound_session=%E0%A4%A", "rebound_session")).toBeNull();
    expect(readCookie("other=1", "rebound_session")).toBeNull();
    expect(readCookie(undefined, "rebound_session")).toBeNull();
  });
});
