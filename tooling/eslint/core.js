import base from "./base.js";

/**
 * Core is pure: no I/O, no platform APIs, no reading the clock. Time is always an argument,
 * so the same debrief and the same `now` give the same plan.
 */
const forbiddenImports = {
  patterns: [
    { group: ["node:*"], message: "core is pure: no Node APIs." },
    {
      group: ["fs", "fs/*", "path", "timers", "timers/*", "child_process", "os", "http", "https"],
      message: "core is pure: no I/O.",
    },
    {
      group: ["react", "react-dom", "react/*", "react-dom/*"],
      message: "core knows nothing of the UI.",
    },
    { group: ["@trpc/*"], message: "core knows nothing of the API." },
  ],
};

export default [
  ...base,
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts", "src/**/*.bench.ts"],
    rules: {
      "no-restricted-imports": ["error", forbiddenImports],
      "no-restricted-globals": [
        "error",
        { name: "setTimeout", message: "core is pure: no timers." },
        { name: "setInterval", message: "core is pure: no timers." },
        { name: "window", message: "core is pure: no DOM." },
        { name: "document", message: "core is pure: no DOM." },
        { name: "process", message: "core is pure: no Node." },
        { name: "fetch", message: "core is pure: no I/O." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Time is an argument in core: pass `now` instead of new Date().",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Time is an argument in core: pass `now` instead of Date.now().",
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: "Date() reads the clock: pass `now` instead.",
        },
      ],
    },
  },
];
