import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../harness/paths.js";

const snippet = readFileSync(join(repoRoot, "packages/embed/dist/snippet.js"), "utf8");

export interface HostPageOptions {
  /** The Rebound server the snippet loads the loader from. */
  reboundOrigin: string;
  /** Page markup after the heading (trusted test fixture). */
  body: string;
  /** Script run right after the snippet, while the loader is still on its way. */
  script?: string;
  /** A CSP nonce on both scripts, passed on to the loader's script. */
  nonce?: string;
}

/**
 * An agency's page as they would paste the embed into it: the snippet in the head, then their own
 * markup. Every event of every instance is recorded in `window.reboundEvents` as `type@instance`,
 * and every CSP violation on the page in `window.cspViolations`.
 */
export function hostPageHtml({ reboundOrigin, body, script = "", nonce }: HostPageOptions): string {
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Careers at Northwind Talent</title>
<script data-rebound-origin="${reboundOrigin}"${nonceAttribute}>${snippet}</script>
<script${nonceAttribute}>
window.reboundEvents = [];
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) { window.cspViolations.push(event.violatedDirective); });
Rebound("on", "*", function (event) { window.reboundEvents.push(event.type + "@" + event.instance); });
${script}
</script>
</head>
<body>
<main>
<h1>Careers at Northwind Talent</h1>
${body}
</main>
</body>
</html>`;
}
