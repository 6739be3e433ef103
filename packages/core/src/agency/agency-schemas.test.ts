import { describe, expect, it } from "vitest";
import { clipToLength } from "../text/clip.js";
import { AgencyCopySchema, readStoredAgencyCopy } from "./agency-copy.js";
import { AGENCY_NAME_MAX, AgencyNameSchema } from "./agency-name.js";
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
    "https://*",
    "https://*.acme.example",
    "https://careers.*.example",
    "https://exa_mple.com",
    "https://-careers.example.com",
  ])("rejects %s", (origin) => expect(AllowedOriginSchema.safeParse(origin).success).toBe(false));
  it("says why a wildcard is refused", () => {
    expect(AllowedOriginSchema.safeParse("https://*.acme.example").error?.issues).toEqual([
      expect.objectContaining({
        message:
          "Wildcards are not allowed: list each site exactly, such as https://careers.example.com.",
      }),
    ]);
  });
  it.each(["https://[::1]:8443", "https://203.0.113.7", "https://xn--bcher-kva.example"])(
    "accepts the exact host %s",
    (origin) => expect(AllowedOriginSchema.safeParse(origin).success).toBe(true),
  );
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

describe("AgencyNameSchema", () => {
  it("allows up to the title's 80 characters, since the name is the widget's first title", () => {
    expect(AgencyNameSchema.safeParse("A".repeat(AGENCY_NAME_MAX)).success).toBe(true);
    expect(AgencyNameSchema.safeParse("A".repeat(AGENCY_NAME_MAX + 1)).success).toBe(false);
    expect(AgencyCopySchema.safeParse({ title: "A".repeat(AGENCY_NAME_MAX) }).success).toBe(true);
  });
});

describe("readStoredAgencyCopy", () => {
  it("keeps what fits and replaces what no longer does with its default", () => {
    const name = "Ørsted Talent 🙂 ".repeat(8);
    const copy = readStoredAgencyCopy(
      { title: name, intro: "Hello\u202e", ctaLabel: "Book", ctaUrl: "http://plain.example" },
      name,
    );
    expect(copy.title.length).toBeLessThanOrEqual(AGENCY_NAME_MAX);
    expect(name.startsWith(copy.title)).toBe(true);
    expect(copy).toMatchObject({ intro: "", ctaLabel: "Book" });
    expect(copy).not.toHaveProperty("ctaUrl");
    expect(AgencyCopySchema.safeParse(copy).success).toBe(true);
  });

  it("falls back to the agency's name when nothing was stored", () => {
    expect(readStoredAgencyCopy(null, "Acme")).toEqual({
      title: "Acme",
      intro: "",
      ctaLabel: "",
      launcherLabel: "Interview coach",
    });
  });
});

describe("clipToLength", () => {
  it("never cuts a surrogate pair in half", () => {
    expect(clipToLength("ab🙂", 3)).toBe("ab");
    expect(clipToLength("ab🙂", 4)).toBe("ab🙂");
    expect(clipToLength("abc", 5)).toBe("abc");
  });
});
