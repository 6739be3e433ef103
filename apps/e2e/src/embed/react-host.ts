import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { repoRoot } from "../harness/paths.js";
import type { HostServer } from "./host-server.js";

/*
 * A React app on the agency's origin that uses the published wrapper (packages/embed/dist/react.js)
 * exactly as a bundler user would import it. React itself ships CommonJS only, so its production
 * files are wrapped in a tiny module registry and re-exported to the browser's ES modules through
 * an import map: no bundler, no network.
 */
const embedRequire = createRequire(join(repoRoot, "packages/embed/package.json"));
const packageDir = (name: string, from = embedRequire) =>
  dirname(from.resolve(`${name}/package.json`));
const reactDir = packageDir("react");
const reactDomDir = packageDir("react-dom");
const schedulerDir = packageDir("scheduler", createRequire(join(reactDomDir, "package.json")));
const COMMONJS: Record<string, string> = {
  react: join(reactDir, "cjs/react.production.js"),
  "react/jsx-runtime": join(reactDir, "cjs/react-jsx-runtime.production.js"),
  "react-dom": join(reactDomDir, "cjs/react-dom.production.js"),
  "react-dom/client": join(reactDomDir, "cjs/react-dom-client.production.js"),
  scheduler: join(schedulerDir, "cjs/scheduler.production.js"),
};

function commonJsRuntime(): string {
  const modules = Object.entries(COMMONJS)
    .map(
      ([name, file]) =>
        `${JSON.stringify(name)}: function (module, exports, require) {\n${readFileSync(file, "utf8")}\n}`,
    )
    .join(",\n");
  return `(function () {
  var process = { env: { NODE_ENV: "production" } };
  var factories = {${modules}};
  var cache = {};
  window.__require = function require(name) {
    if (!cache[name]) {
      var module = { exports: {} };
      cache[name] = module;
      factories[name](module, module.exports, require);
    }
    return cache[name].exports;
  };
})();`;
}

const reexport = (name: string, names: string[]) =>
  `const m = window.__require(${JSON.stringify(name)});\nexport default m;\nexport const { ${names.join(", ")} } = m;`;

/** The page's app: `window.app.show(route, label)` renders, `window.app.unmount()` tears down. */
const APP = (reboundOrigin: string, key: string) => `
import { createElement as h, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ReboundWidget } from "/embed-dist/react.js";

let root = null;
function Page({ route, label }) {
  if (route !== "coach") return h("p", null, "Our offices");
  return h(ReboundWidget, {
    origin: ${JSON.stringify(reboundOrigin)},
    agencyKey: ${JSON.stringify(key)},
    mode: "inline",
    className: label,
    onEvent: (event) => window.reboundEvents.push(event.type + "@react:" + label),
  });
}
window.app = {
  show(route, label) {
    root ??= createRoot(document.getElementById("root"));
    root.render(h(StrictMode, null, h(Page, { route, label })));
  },
  unmount() {
    root?.unmount();
    root = null;
  },
};
`;

/** Serves the React host page at `/react` and everything it loads. */
export function serveReactHost(host: HostServer, reboundOrigin: string, key: string): void {
  const js = "text/javascript; charset=utf-8";
  host.set("/react/runtime.js", { html: commonJsRuntime(), contentType: js });
  host.set("/react/react.js", {
    html: reexport("react", [
      "createElement",
      "StrictMode",
      "useCallback",
      "useEffect",
      "useId",
      "useRef",
    ]),
    contentType: js,
  });
  host.set("/react/jsx-runtime.js", {
    html: reexport("react/jsx-runtime", ["jsx", "jsxs", "Fragment"]),
    contentType: js,
  });
  host.set("/react/react-dom-client.js", {
    html: reexport("react-dom/client", ["createRoot"]),
    contentType: js,
  });
  host.set("/react/app.js", { html: APP(reboundOrigin, key), contentType: js });
  const dist = join(repoRoot, "packages/embed/dist");
  for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
    host.set(`/embed-dist/${file}`, {
      html: readFileSync(join(dist, file), "utf8"),
      contentType: js,
    });
  }
  const imports = {
    react: "/react/react.js",
    "react/jsx-runtime": "/react/jsx-runtime.js",
    "react-dom/client": "/react/react-dom-client.js",
  };
  host.set("/react", {
    html: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northwind Talent (React site)</title>
<script type="importmap">${JSON.stringify({ imports })}</script>
<script>
window.reboundEvents = [];
// Every "message" listener on the window, to prove the wrapper leaves none behind.
window.messageListeners = new Set();
var add = window.addEventListener, remove = window.removeEventListener;
window.addEventListener = function (type, listener, options) {
  if (type === "message") window.messageListeners.add(listener);
  return add.call(this, type, listener, options);
};
window.removeEventListener = function (type, listener, options) {
  if (type === "message") window.messageListeners.delete(listener);
  return remove.call(this, type, listener, options);
};
</script>
<script src="/react/runtime.js"></script>
<script type="module" src="/react/app.js"></script>
</head>
<body><main><h1>Careers</h1><div id="root"></div></main></body>
</html>`,
  });
}
