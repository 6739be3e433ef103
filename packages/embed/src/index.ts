/**
 * `@rebound/embed`: the host-side API for bundler users. Most sites use the paste-in snippet
 * instead; both drive the same dispatcher.
 */
export { createRebound } from "./loader/create-rebound.js";
export type { Rebound } from "./loader/create-rebound.js";
export { initFromAttributes, listenForOpenClicks } from "./loader/data-attributes.js";
export { takeOver } from "./loader/take-over.js";
export { installStub, LOADER_PATH } from "./snippet/install-stub.js";
export { ELEMENT_NAME } from "./loader/widget-element.js";
export { FRAME_ALLOW, FRAME_SANDBOX, FRAME_TITLE } from "./loader/frame.js";
export { previewChrome } from "./preview/chrome-preview.js";
export type { ChromePreview, SiteChrome } from "./preview/chrome-preview.js";
export type * from "./loader/api-types.js";
export type {
  FrameEventPayloads,
  FrameEventType,
  Prefill,
  WidgetMode,
} from "./protocol/messages.js";
