import { ThemeTokensSchema } from "@rebound/core";
import { afterEach, describe, expect, it } from "vitest";
import { INLINE_CONFIG_ID, readInlineConfig } from "./inline-config";

const KEY = "pk_test_harbour0001";
const HOST = "https://careers.harbour.example";
const config = {
  agencyName: "Harbour Recruiting",
  theme: ThemeTokensSchema.parse({}),
  copy: { title: "Bounce back", intro: "", ctaLabel: "", launcherLabel: "Interview coach" },
  modes: ["popup"],
};

function page(content: unknown): void {
  const block = document.createElement("script");
  block.type = "application/json";
  block.id = INLINE_CONFIG_ID;
  block.textContent = typeof content === "string" ? content : JSON.stringify(content);
  document.head.append(block);
}

afterEach(() => document.getElementById(INLINE_CONFIG_ID)?.remove());

describe("settings the /embed page came with", () => {
  it("are used for the key and host the browser confirms", () => {
    page({ key: KEY, hostOrigin: HOST, config });
    expect(readInlineConfig(document, { key: KEY, hostOrigin: HOST })).toEqual(config);
  });

  it("are ignored for another host, another key, a bad shape or no page block", () => {
    expect(readInlineConfig(document, { key: KEY, hostOrigin: HOST })).toBeNull();
    page({ key: KEY, hostOrigin: HOST, config });
    expect(readInlineConfig(document, { key: KEY, hostOrigin: "https://evil.example" })).toBeNull();
    expect(readInlineConfig(document, { key: "pk_test_other00001", hostOrigin: HOST })).toBeNull();
    expect(readInlineConfig(document, { key: KEY, hostOrigin: null })).toBeNull();
    document.getElementById(INLINE_CONFIG_ID)?.remove();
    page({ key: KEY, hostOrigin: HOST, config: { ...config, theme: { colorPrimary: "red;}" } } });
    expect(readInlineConfig(document, { key: KEY, hostOrigin: HOST })).toBeNull();
    document.getElementById(INLINE_CONFIG_ID)?.remove();
    page("{not json");
    expect(readInlineConfig(document, { key: KEY, hostOrigin: HOST })).toBeNull();
  });
});
