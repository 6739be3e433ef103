/**
 * `@rebound/embed/react`: a component and a hook around the hosted loader. The loader itself is
 * fetched from the Rebound server at run time, so this entry stays a few hundred bytes.
 */
export { ReboundWidget } from "./rebound-widget.js";
export type { ReboundWidgetProps } from "./rebound-widget.js";
export { useRebound } from "./use-rebound.js";
export type { UseReboundOptions, UseReboundResult } from "./use-rebound.js";
export type {
  ReboundEventDetail,
  ReboundEventName,
  Prefill,
  WidgetMode,
} from "../loader/api-types.js";
