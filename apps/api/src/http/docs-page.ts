/**
 * A small, dependency-free reference page: it reads /api/openapi.json and lists every route
 * with its schemas. Served from this process (no CDN), and its script is a separate file so
 * the default `script-src 'self'` policy holds.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rebound API reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem} h2{font-size:1.1rem;margin:2rem 0 .25rem}
code,pre{font-family:ui-monospace,monospace;font-size:.85rem}
pre{background:#f6f8fa;padding:.75rem;overflow:auto;border-radius:6px;max-height:24rem}
.method{display:inline-block;min-width:4rem;font-weight:700}
details{margin:.25rem 0}
</style>
</head>
<body>
<h1>Rebound API reference</h1>
<p>The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<main id="routes"><p>Loading…</p></main>
<script src="/api/docs/docs.js"></script>
</body>
</html>
`;

export const DOCS_SCRIPT = `(async () => {
  const main = document.getElementById("routes");
  const doc = await (await fetch("/api/openapi.json")).json();
  main.textContent = "";
  const base = (doc.servers && doc.servers[0] && doc.servers[0].url) || "";
  for (const [path, operations] of Object.entries(doc.paths || {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const section = document.createElement("section");
      const title = document.createElement("h2");
      const verb = document.createElement("span");
      verb.className = "method";
      verb.textContent = method.toUpperCase();
      const code = document.createElement("code");
      code.textContent = base + path;
      title.append(verb, code);
      const summary = document.createElement("p");
      summary.textContent = [operation.summary, operation.description].filter(Boolean).join(". ");
      section.append(title, summary);
      const parts = [["Request body", operation.requestBody], ["Parameters", operation.parameters], ["Responses", operation.responses]];
      for (const [label, value] of parts) {
        if (!value) continue;
        const details = document.createElement("details");
        const caption = document.createElement("summary");
        caption.textContent = label;
        const pre = document.createElement("pre");
        pre.textContent = JSON.stringify(value, null, 2);
        details.append(caption, pre);
        section.append(details);
      }
      main.append(section);
    }
  }
})();
`;
