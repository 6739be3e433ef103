import type { WidgetMode } from "@rebound/core";

/** The two lines an agency pastes into any page (WordPress included): the snippet, then a placeholder. */
export function snippetCode(origin: string, key: string, mode: WidgetMode): string {
  const target = mode === "inline" ? "" : " <!-- opens from this element -->";
  return [
    `<script async src="${origin}/embed/v1/snippet.js"></script>`,
    `<div data-rebound-key="${key}" data-rebound-mode="${mode}"></div>${target}`,
  ].join("\n");
}

/** The same widget in a React app, through the published wrapper. */
export function reactCode(origin: string, key: string, mode: WidgetMode): string {
  return [
    `import { ReboundWidget } from "@rebound/embed/react";`,
    ``,
    `export function CareersCoach() {`,
    `  return <ReboundWidget origin="${origin}" agencyKey="${key}" mode="${mode}" />;`,
    `}`,
  ].join("\n");
}
