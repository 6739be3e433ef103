import type { WidgetMode } from "@rebound/core";

/** What an agency pastes for one mode: the HTML snippet, the React code, and a second way where there is one. */
export interface EmbedCode {
  html: string;
  react: string;
  /** Popup only: opening the coach from a button of the agency's own. */
  ownButton?: string;
}

const POPUP_LABEL = "Had a tough interview? Talk it through";

const script = (origin: string) => `<script async src="${origin}/embed/v1/snippet.js"></script>`;

/**
 * The snippet for each mode, ready to paste into any page (WordPress included). The popup comes
 * with a visible button of the agency's own, to style like any other on its site.
 */
export function embedCode(origin: string, key: string, mode: WidgetMode): EmbedCode {
  switch (mode) {
    case "inline":
      return {
        html: [
          script(origin),
          `<div data-rebound-key="${key}" data-rebound-mode="inline"></div>`,
        ].join("\n"),
        react: reactCode(origin, key, "inline"),
      };
    case "popup":
      return {
        html: [
          script(origin),
          `<button type="button" class="interview-help" data-rebound-key="${key}" data-rebound-mode="popup">`,
          `  ${POPUP_LABEL}`,
          `</button>`,
        ].join("\n"),
        react: [
          `import { useRebound } from "@rebound/embed/react";`,
          ``,
          `export function InterviewHelpButton() {`,
          `  const coach = useRebound({ origin: "${origin}", agencyKey: "${key}", mode: "popup" });`,
          `  return (`,
          `    <button type="button" className="interview-help" onClick={coach.open}>`,
          `      ${POPUP_LABEL}`,
          `    </button>`,
          `  );`,
          `}`,
        ].join("\n"),
        ownButton: [
          script(origin),
          `<div hidden data-rebound-key="${key}" data-rebound-mode="popup" data-rebound-id="coach"></div>`,
          `<!-- Any button or link of yours, anywhere on the page, opens it: -->`,
          `<a href="#interview-help" data-rebound-open="coach">Get interview help</a>`,
        ].join("\n"),
      };
    case "floatingButton":
      return {
        html: [
          script(origin),
          `<div hidden data-rebound-key="${key}" data-rebound-mode="floatingButton"></div>`,
        ].join("\n"),
        react: reactCode(origin, key, "floatingButton"),
      };
  }
}

function reactCode(origin: string, key: string, mode: WidgetMode): string {
  return [
    `import { ReboundWidget } from "@rebound/embed/react";`,
    ``,
    `export function CareersCoach() {`,
    `  return <ReboundWidget origin="${origin}" agencyKey="${key}" mode="${mode}" />;`,
    `}`,
  ].join("\n");
}
