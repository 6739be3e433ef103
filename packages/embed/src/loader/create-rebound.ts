import type { Prefill } from "../protocol/messages.js";
import type {
  ReboundCommand,
  ReboundConfig,
  ReboundEventDetail,
  ReboundEventName,
  ReboundListener,
} from "./api-types.js";
import { resolveConfig } from "./config.js";
import { createWidgetInstance, type WidgetInstance } from "./instance.js";
import { checkSite, type SiteCheck } from "./site-check.js";

interface Subscription {
  event: ReboundEventName | "*";
  listener: ReboundListener;
  instance: string | undefined;
}

export interface Rebound {
  /** The `window.Rebound(...)` function. */
  command: ReboundCommand;
  /** Runs one queued call (the snippet stores them as argument arrays). */
  run(args: unknown[]): unknown;
  /** Opens an instance and returns focus to `trigger` when it closes. */
  openFrom(trigger: Element | null, instance?: string): void;
  instances: ReadonlyMap<string, WidgetInstance>;
}

/**
 * The command dispatcher behind `window.Rebound`. Several instances live side by side, each under
 * its own id; commands without an id go to the most recently created one, and listeners without
 * an id hear every instance.
 */
export function createRebound(defaults: { origin: string; checkSite?: SiteCheck }): Rebound {
  const instances = new Map<string, WidgetInstance>();
  let subscriptions: Subscription[] = [];

  const emit = (detail: ReboundEventDetail): void => {
    for (const { event, listener, instance } of subscriptions) {
      if (
        (event !== "*" && event !== detail.type) ||
        (instance !== undefined && instance !== detail.instance)
      )
        continue;
      try {
        listener(detail);
      } catch (error) {
        console.error("[Rebound] an event listener threw", error);
      }
    }
  };

  const pick = (id?: string): WidgetInstance | undefined =>
    id === undefined ? [...instances.values()].at(-1) : instances.get(id);

  const init = (config: ReboundConfig): string => {
    const options = resolveConfig(config, defaults.origin);
    instances.get(options.id)?.destroy();
    const instance = createWidgetInstance({
      ...options,
      emit,
      checkSite: defaults.checkSite ?? checkSite,
    });
    instances.set(instance.id, instance);
    return instance.id;
  };

  const run = (args: unknown[]): unknown => {
    const [name, first, second, third] = args;
    try {
      switch (name) {
        case "init":
          return init(first as ReboundConfig);
        case "open":
          pick(first as string | undefined)?.open();
          return;
        case "close":
          pick(first as string | undefined)?.close();
          return;
        case "prefill":
          pick(second as string | undefined)?.prefill(first as Prefill);
          return;
        case "destroy": {
          const instance = pick(first as string | undefined);
          if (!instance) return;
          instance.destroy();
          instances.delete(instance.id);
          // Listeners bound to this instance go with it, so nothing is left behind.
          subscriptions = subscriptions.filter((s) => s.instance !== instance.id);
          return;
        }
        case "on":
          if (typeof second !== "function")
            throw new Error("on needs an event name and a function");
          subscriptions.push({
            event: first as ReboundEventName,
            listener: second as ReboundListener,
            instance: third as string | undefined,
          });
          return;
        case "off":
          subscriptions = subscriptions.filter(
            (s) => !(s.event === first && s.listener === second && s.instance === third),
          );
          return;
        default:
          throw new Error(`unknown command ${String(name)}`);
      }
    } catch (error) {
      console.error(`[Rebound] ${String(name)}:`, error instanceof Error ? error.message : error);
      return undefined;
    }
  };

  return {
    command: ((...args: unknown[]) => run(args)) as ReboundCommand,
    run,
    openFrom: (trigger, id) => pick(id)?.open(trigger),
    instances,
  };
}
