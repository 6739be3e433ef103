import type { ApiClient } from "../api-client";
import type { WidgetConfig } from "../widget-config";

export interface WidgetCalls {
  shares: unknown[];
  events: unknown[];
}

/**
 * The three widget procedures at the network boundary, answering as the API does for a known key.
 * Component tests use it in place of HTTP; the real API is exercised by the e2e suite.
 */
export function widgetClient(
  config: WidgetConfig,
  calls: WidgetCalls = { shares: [], events: [] },
): ApiClient {
  const client = {
    widget: {
      config: { query: () => Promise.resolve(config) },
      share: {
        mutate: (input: unknown) => {
          calls.shares.push(input);
          return Promise.resolve({ id: "share-1" });
        },
      },
      event: {
        mutate: (input: unknown) => {
          calls.events.push(input);
          return Promise.resolve({ counted: true });
        },
      },
    },
  };
  return client as unknown as ApiClient;
}
