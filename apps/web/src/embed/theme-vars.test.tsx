import { contrastRatio, ThemeTokensSchema } from "@rebound/core";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseTheme, themeToCssVars } from "./theme-vars";
import { useTheme } from "./use-theme";

const agencyTheme = ThemeTokensSchema.parse({
  colorPrimary: "#1a73e8",
  colorBackground: "#fafafa",
  colorText: "#202124",
  colorMuted: "#5f6368",
  borderRadius: 4,
  fontFamily: "Georgia",
});

function Themed({ theme }: { theme: ReturnType<typeof parseTheme> }) {
  useTheme(theme);
  return <p>Widget</p>;
}

describe("agency theme tokens", () => {
  it("map onto the app's --rb-* custom properties", () => {
    const vars = themeToCssVars(agencyTheme);
    expect(vars).toMatchObject({
      "--rb-color-primary": "#1a73e8",
      "--rb-color-background": "#fafafa",
      "--rb-color-text": "#202124",
      "--rb-color-muted": "#5f6368",
      "--rb-radius": "4px",
    });
    expect(vars["--rb-font-family"]).toMatch(/^Georgia, /);
  });

  it("pick button text that stays readable on the primary colour", () => {
    for (const primary of ["#1a73e8", "#ffd400", "#000000", "#2f5d50"]) {
      const vars = themeToCssVars({ ...agencyTheme, colorPrimary: primary });
      expect(
        contrastRatio(primary, vars["--rb-color-primary-contrast"] ?? ""),
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("are applied to the whole document and removed when the widget goes", () => {
    const root = document.documentElement;
    const { unmount } = render(<Themed theme={agencyTheme} />);
    expect(root.style.getPropertyValue("--rb-color-primary")).toBe("#1a73e8");
    expect(root.style.getPropertyValue("--rb-radius")).toBe("4px");
    unmount();
    expect(root.style.getPropertyValue("--rb-color-primary")).toBe("");
  });

  it.each([
    ["CSS smuggled into a colour", { colorPrimary: "red;}body{display:none" }],
    ["a named colour", { colorText: "red" }],
    ["a font URL", { fontFamily: "url(https://evil.example/font)" }],
    ["a radius out of range", { borderRadius: 400 }],
  ])("are rejected whole when one holds %s", (_label, tokens) => {
    expect(parseTheme({ ...agencyTheme, ...tokens })).toBeNull();
  });

  it("never reach the document when invalid", () => {
    render(<Themed theme={parseTheme({ colorPrimary: "expression(alert(1))" })} />);
    expect(document.documentElement.getAttribute("style") ?? "").not.toContain("expression");
  });
});
