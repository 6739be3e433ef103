import type {
  FrameEventPayloads,
  FrameEventType,
  Prefill,
  WidgetMode,
} from "../protocol/messages.js";

export type { Prefill, WidgetMode };

/** What a host page passes to `Rebound('init', …)`. The agency record on our server decides the rest. */
export interface ReboundConfig {
  /** The agency's publishable key (`pk_…`). */
  key: string;
  mode: WidgetMode;
  /** inline: the container (element or selector). popup: an optional trigger that opens it. */
  target?: string | Element;
  locale?: string;
  prefill?: Prefill;
  /** CSP nonce for the `<style>` the loader injects when constructable stylesheets are missing. */
  nonce?: string;
  /** Where the widget is served from; defaults to the origin the loader came from. */
  origin?: string;
  /** Choose the instance id (letters, digits, `_`, `-`); one is generated otherwise. */
  id?: string;
  /** How long the frame may take to say ready and to answer a command (ms, default 10 000). */
  timeout?: number;
  /**
   * popup and floatingButton: load the widget hidden once the page is idle, so it opens at once.
   * Costs the visitor the widget's download even if they never open it.
   */
  preload?: boolean;
}

export type ReboundEventName = FrameEventType;
export interface ReboundEventDetail<T extends ReboundEventName = ReboundEventName> {
  type: T;
  instance: string;
  payload: FrameEventPayloads[T];
}
export type ReboundListener = (event: ReboundEventDetail) => void;

/** The `window.Rebound` command function, identical before (queued) and after the loader arrives. */
export interface ReboundCommand {
  (command: "init", config: ReboundConfig): string | undefined;
  (command: "open" | "close" | "destroy", instance?: string): void;
  (command: "prefill", data: Prefill, instance?: string): void;
  (
    command: "on" | "off",
    event: ReboundEventName | "*",
    listener: ReboundListener,
    instance?: string,
  ): void;
}

export type ReboundGlobal = ReboundCommand & {
  /** Calls queued by the snippet until the loader replays them. */
  q?: unknown[][];
  /** Origin the snippet loaded the loader from. */
  o?: string;
  /** Set once a loader has taken charge (on the stub too, so a second copy stays out). */
  loaded?: boolean;
};

declare global {
  interface Window {
    Rebound?: ReboundGlobal;
  }
}
