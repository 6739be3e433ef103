import { afterEach, describe, expect, it } from "vitest";
import { KEY, ORIGIN } from "../test-support/page.js";
import type { ReboundConfig } from "./api-types.js";
import { resolveConfig } from "./config.js";

afterEach(() => document.body.replaceChildren());

const resolve = (config: Partial<ReboundConfig>) =>
  resolveConfig({ key: KEY, mode: "popup", ...config }, ORIGIN);

describe("resolveConfig", () => {
  it("fills in an instance id and the loader's origin, and finds targets by selector", () => {
    document.body.innerHTML = `<button class="help">Help</button><button class="help">Help</button>`;
    const resolved = resolve({ target: ".help", locale: "fr-CA", prefill: { role: "Analyst" } });
    expect(resolved.id).toMatch(/^rb-[a-z0-9-]+$/);
    expect(resolved.origin).toBe(ORIGIN);
    expect(resolved.target).toHaveLength(2);
    expect(resolve({}).id).not.toBe(resolved.id);
    expect(resolve({ origin: "https://coach.example/some/path" }).origin).toBe(
      "https://coach.example",
    );
  });

  it.each([
    ["a secret key", { key: "sk_live_abcd1234" }, /publishable key/],
    ["an unknown mode", { mode: "sidebar" as never }, /mode must be one of/],
    [
      "inline without a container",
      { mode: "inline" as const, target: "#missing" },
      /needs a target container/,
    ],
    ["a malformed locale", { locale: "english" }, /language tag/],
    ["personal data in prefill", { prefill: { email: "a@b.example" } as never }, /prefill accepts/],
    ["an id with spaces", { id: "my widget" }, /id may use/],
    ["a javascript: origin", { origin: "javascript:alert(1)" }, /origin must be http/],
    ["a timeout in seconds", { timeout: 0.5 }, /timeout: whole ms/],
    ["a preload that is not a boolean", { preload: "yes" as never }, /preload: true or false/],
  ])("refuses %s", (_label, config, message) => {
    expect(() => resolve(config)).toThrow(message);
  });
});
