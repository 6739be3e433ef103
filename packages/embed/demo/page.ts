export interface DemoPageOptions {
  reboundUrl: string;
  key: string;
  /** The minified snippet (dist/snippet.js), pasted inline as an agency would. */
  snippet: string;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** A recruitment agency's careers page with the widget pasted in three ways. */
export function demoPage({ reboundUrl, key, snippet }: DemoPageOptions): string {
  const origin = escapeHtml(reboundUrl);
  const pk = escapeHtml(key);
  const pasted = `<script data-rebound-origin="${origin}">${snippet}</script>\n<div data-rebound-key="${pk}"></div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Northwind Talent: careers (Rebound embed demo)</title>
<script data-rebound-origin="${origin}">${snippet}</script>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
  header, main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header { border-bottom: 1px solid #dde1e6; }
  section { background: #fff; border: 1px solid #dde1e6; border-radius: 10px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
  pre { overflow-x: auto; background: #1b1f24; color: #f6f7f9; padding: .75rem; border-radius: 8px; font-size: .8rem; }
  #log { min-height: 3rem; font: .85rem ui-monospace, monospace; }
  button { font: inherit; padding: .5rem 1rem; border-radius: 6px; border: 1px solid #1b1f24; background: #fff; cursor: pointer; }
</style>
</head>
<body>
<header><strong>Northwind Talent</strong>: recruitment for logistics and finance</header>
<main>
  <h1>Interview didn't go to plan?</h1>
  <p>Talk it through with the Rebound coach. Nothing you write is shared with us unless you choose to send it.</p>

  <section aria-labelledby="inline-title">
    <h2 id="inline-title">Inline, configured with attributes only</h2>
    <p>What the agency pasted:</p>
    <pre>${escapeHtml(pasted.replace(snippet, "…snippet…"))}</pre>
    <div data-rebound-key="${pk}" data-rebound-id="inline" data-rebound-locale="en-GB"></div>
  </section>

  <section aria-labelledby="popup-title">
    <h2 id="popup-title">Popup, opened by a button</h2>
    <button type="button" data-rebound-key="${pk}" data-rebound-mode="popup" data-rebound-id="popup" data-rebound-organisation="Northwind Talent">Get help with a bad interview</button>
  </section>

  <section aria-labelledby="events-title">
    <h2 id="events-title">Events this page received</h2>
    <p>What an agency's analytics would see: names and counts, never what a candidate wrote.</p>
    <ol id="log"></ol>
  </section>
</main>
<script>
  Rebound("init", { key: "${pk}", mode: "floatingButton", id: "floating" });
  Rebound("on", "*", function (event) {
    var item = document.createElement("li");
    item.textContent = event.instance + ": " + event.type + " " + JSON.stringify(event.payload);
    document.getElementById("log").appendChild(item);
  });
</script>
</body>
</html>`;
}
