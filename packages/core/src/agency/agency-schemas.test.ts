import { describe, expect, it } from "vitest";
import { AgencyCopySchema } from "./agency-copy.js";
import { AllowedOriginSchema } from "./allowed-origin.js";
import { contrastRatio, readableOn } from "./colour-contrast.js";
import { ShareSummarySchema } from "./share-summary.js";
import { ThemeTokensSchema } from "./theme-tokens.js";
import { WebhookUrlSchema, isLoopbackWebhookUrl } from "./webhook-endpoint.js";
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

describe("AgencyCopySchema launcher label", () => {
  it("defaults to a short label and refuses a long one", () => {
    expect(AgencyCopySchema.parse({ title: "Hi" }).launcherLabel).toBe("Interview coach");
    expect(AgencyCopySchema.safeParse({ title: "Hi", launcherLabel: "x".repeat(41) }).success).toBe(
      false,
    );
  });
});

describe("WebhookUrlSchema", () => {
  it.each([
    "https://ats.example.com/hooks/rebound",
    "https://ats.example.com:8443/in?source=rebound",
    "http://localhost:4000/hooks",
    "http://127.0.0.1:9000/",
  ])("accepts %s", (url) => expect(WebhookUrlSchema.safeParse(url).success).toBe(true));
  it.each([
    "http://ats.example.com/hooks",
    "http://localhost/hooks",
    "https://user:pw@ats.example.com/",
    "https://ats.example.com/#frag",
    "ftp://ats.example.com/",
    "not a url",
  ])("rejects %s", (url) => expect(WebhookUrlSchema.safeParse(url).success).toBe(false));

  it("tells a loopback endpoint from a public one", () => {
    expect(isLoopbackWebhookUrl("http://127.0.0.1:9000/")).toBe(true);
    expect(isLoopbackWebhookUrl("https://ats.example.com/")).toBe(false);
  });
});

describe("readableOn", () => {
  it("picks the text colour with more contrast on a primary colour", () => {
    expect(readableOn("#0b5cad")).toBe("#ffffff");
    expect(readableOn("#f5d90a")).toBe("#111111");
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
  });
});
