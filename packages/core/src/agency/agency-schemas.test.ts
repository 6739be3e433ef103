import { describe, expect, it } from "vitest";
import { AgencyCopySchema } from "./agency-copy.js";
import { AllowedOriginSchema } from "./allowed-origin.js";
import { ShareSummarySchema } from "./share-summary.js";
import { ThemeTokensSchema } from "./theme-tokens.js";
import { WidgetModesSchema } from "./widget-mode.js";

describe("AllowedOriginSchema", () => {
  it.each([
    "https://careers.example.com",
    "https://example.com:8443",
    "http://localhost:5173",
    "http://127.0.0.1:3000",
  ])("accepts %s", (origin) => expect(AllowedOriginSchema.safeParse(origin).success).toBe(true));
  it.each([
    "http://example.com",
    "https://example.com/",
    "https://example.com/jobs",
    "http://localhost",
    "javascript:alert(1)",
    "https://user:pw@example.com",
    "*",
  ])("rejects %s", (origin) => expect(AllowedOriginSchema.safeParse(origin).success).toBe(false));
});

describe("ThemeTokensSchema", () => {
  it("fills defaults and accepts hex colours", () => {
    const theme = ThemeTokensSchema.parse({ colorPrimary: "#123" });
    expect(theme.colorPrimary).toBe("#123");
    expect(theme.fontFamily).toBe("system-ui");
  });
  it("rejects CSS smuggled into a colour or an unknown font", () => {
    expect(ThemeTokensSchema.safeParse({ colorText: "red;}body{display:none" }).success).toBe(
      false,
    );
    expect(ThemeTokensSchema.safeParse({ fontFamily: "url(https://evil)" }).success).toBe(false);
  });
});

describe("AgencyCopySchema", () => {
  it("accepts only https calls to action", () => {
    expect(
      AgencyCopySchema.safeParse({ title: "Hi", ctaUrl: "https://example.com/book" }).success,
    ).toBe(true);
    expect(AgencyCopySchema.safeParse({ title: "Hi", ctaUrl: "javascript:alert(1)" }).success).toBe(
      false,
    );
    expect(AgencyCopySchema.safeParse({ title: "Hi", ctaUrl: "http://example.com" }).success).toBe(
      false,
    );
  });
});

describe("WidgetModesSchema", () => {
  it("needs at least one distinct mode", () => {
    expect(WidgetModesSchema.safeParse(["inline", "popup"]).success).toBe(true);
    expect(WidgetModesSchema.safeParse([]).success).toBe(false);
    expect(WidgetModesSchema.safeParse(["inline", "inline"]).success).toBe(false);
  });
});

describe("ShareSummarySchema", () => {
  it("needs a name, a contact and a headline; the debrief is optional", () => {
    const parsed = ShareSummarySchema.safeParse({
      name: "Ana",
      contact: "ana@example.com",
      planHeadline: "Send a thank-you",
    });
    expect(parsed.success).toBe(true);
    expect(
      ShareSummarySchema.safeParse({ name: "", contact: "x", planHeadline: "y" }).success,
    ).toBe(false);
  });
});
