import type { RouterOutputs } from "@rebound/api";
import type { ApiClient } from "../embed/api-client";

export type SharesPage = RouterOutputs["agency"]["shares"];
export type RolledKey = RouterOutputs["agency"]["rollSecretKey"];
export type WebhookEndpoint = NonNullable<RouterOutputs["webhooks"]["get"]>;
export type SavedEndpoint = RouterOutputs["webhooks"]["set"];
export type Delivery = RouterOutputs["webhooks"]["deliveries"]["items"][number];

/** What the dashboard's panels ask of the API: narrow, so their tests can answer in its place. */
export interface DashboardApi {
  shares: {
    page(cursor: string | null): Promise<SharesPage>;
    remove(id: string): Promise<void>;
    /** A same-origin download: the session cookie goes with it. */
    csvUrl: string;
  };
  rollSecretKey(overlapMinutes: number): Promise<RolledKey>;
  webhooks: {
    get(): Promise<WebhookEndpoint | null>;
    set(url: string): Promise<SavedEndpoint>;
    rollSecret(overlapHours: number): Promise<{ secret: string; endpoint: WebhookEndpoint }>;
    sendTest(): Promise<void>;
    remove(): Promise<void>;
    deliveries(): Promise<Delivery[]>;
  };
}

export function dashboardApi(client: ApiClient): DashboardApi {
  return {
    shares: {
      page: (cursor) => client.agency.shares.query(cursor === null ? {} : { cursor }),
      remove: async (id) => {
        await client.agency.deleteShare.mutate({ id });
      },
      csvUrl: "/api/v1/agency/shares.csv",
    },
    rollSecretKey: (overlapMinutes) => client.agency.rollSecretKey.mutate({ overlapMinutes }),
    webhooks: {
      get: () => client.webhooks.get.query(),
      set: (url) => client.webhooks.set.mutate({ url }),
      rollSecret: (overlapHours) => client.webhooks.rollSecret.mutate({ overlapHours }),
      sendTest: async () => {
        await client.webhooks.sendTest.mutate();
      },
      remove: async () => {
        await client.webhooks.remove.mutate();
      },
      deliveries: async () => (await client.webhooks.deliveries.query({ limit: 20 })).items,
    },
  };
}
