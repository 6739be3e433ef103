export * from "./theme-tokens.js";
export * from "./agency-copy.js";
export * from "./widget-mode.js";
export * from "./allowed-origin.js";
export * from "./share-summary.js";
export * from "./colour-contrast.js";
export * from "./webhook-endpoint.js";
export * from "./font-stacks.js";
