import { useCallback, useEffect, useState } from "react";
import { ConfirmAction } from "../ui/confirm-action";
import { CodeBlock } from "./code-block";
import type { DashboardApi, Delivery, WebhookEndpoint } from "./dashboard-api";
import { DeliveryLog } from "./delivery-log";
import { OneTimeSecret } from "./one-time-secret";
import { ActionStatus, useAction } from "./use-action";
import { WebhookEndpointForm } from "./webhook-endpoint-form";

/** How often the log refreshes itself while something is still on its way. */
const REFRESH_MS = 2000;

const VERIFY = `import { Webhook } from "standardwebhooks";

// rawBody: the request body exactly as received (a string or Buffer)
const event = new Webhook(process.env.REBOUND_WEBHOOK_SECRET).verify(rawBody, request.headers);
// event.type: "share.created" | "share.deleted" | "webhook.test"`;

type Loaded = { endpoint: WebhookEndpoint | null; deliveries: Delivery[] };

/**
 * Signed events for the agency's own systems: the endpoint, its signing secret (shown once,
 * rollable), a test event, and the log of every delivery with its status.
 */
export function WebhooksPanel({ api }: { api: DashboardApi["webhooks"] }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [keepOld, setKeepOld] = useState(false);
  const saving = useAction();
  const acting = useAction();

  const [failed, setFailed] = useState(false);
  const fetchAll = useCallback(
    () =>
      Promise.all([api.get(), api.deliveries()]).then(([endpoint, deliveries]) => ({
        endpoint,
        deliveries,
      })),
    [api],
  );
  const refresh = useCallback(
    () =>
      fetchAll().then(setLoaded, () => {
        setFailed(true);
      }),
    [fetchAll],
  );

  useEffect(() => {
    let cancelled = false;
    fetchAll().then(
      (next) => !cancelled && setLoaded(next),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [fetchAll]);

  // While a delivery is pending, look again every few seconds: retries show up without a reload.
  const waiting = loaded?.deliveries.some((delivery) => delivery.status === "pending") ?? false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting, refresh]);

  if (failed && !loaded)
    return (
      <p className="rb-error-text">
        The webhook settings could not be loaded. Reload the page to try again.
      </p>
    );
  if (!loaded) return <p role="status">Loading…</p>;
  const { endpoint, deliveries } = loaded;

  const save = async (url: string) => {
    const saved = await saving.run(() => api.set(url), "Saved.", "Not saved: try again.");
    if (!saved) return;
    if (saved.secret) setSecret(saved.secret);
    await refresh();
  };
  const act = async (work: () => Promise<unknown>, done: string, failed: string) => {
    await acting.run(work, done, failed);
    await refresh();
  };

  return (
    <>
      <p>
        When a candidate shares a summary (or you delete one), Rebound posts a signed event to your
        system. Events follow the Standard Webhooks spec: verify each one with your signing secret
        before trusting it.
      </p>
      <WebhookEndpointForm
        key={endpoint?.url ?? ""}
        url={endpoint?.url ?? ""}
        state={saving.state}
        busy={saving.busy}
        onSave={(url) => void save(url)}
      />
      {secret ? (
        <OneTimeSecret
          label="Your webhook signing secret"
          value={secret}
          note="Store it in your system's settings (for example REBOUND_WEBHOOK_SECRET) to verify events."
        />
      ) : null}
      {endpoint ? (
        <>
          <div className="rb-dash__buttons">
            <button
              type="button"
              className="rb-button"
              disabled={acting.busy}
              onClick={() =>
                void act(
                  () => api.sendTest(),
                  "Test event queued: watch the log below.",
                  "Not sent: try again.",
                )
              }
            >
              Send a test event
            </button>
            <ConfirmAction
              label="Remove the endpoint"
              question="Remove the endpoint? Events not yet delivered are cancelled, and its secret is forgotten."
              confirmLabel="Yes, remove it"
              keepLabel="Keep it"
              busy={acting.busy}
              onConfirm={() => {
                setSecret(null);
                return act(() => api.remove(), "Endpoint removed.", "Not removed: try again.");
              }}
            />
          </div>
          <ActionStatus state={acting.state} />
          <h3>Signing secret</h3>
          <p>
            If the secret may have leaked, roll it: a new one is shown once. Keeping the old one for
            a day lets you update your system without missing an event (both signatures are sent
            meanwhile).
          </p>
          <label className="rb-dash__mode">
            <input
              type="checkbox"
              checked={keepOld}
              onChange={(event) => setKeepOld(event.target.checked)}
            />
            Keep signing with the old secret too for 24 hours
          </label>
          <p>
            <button
              type="button"
              className="rb-button rb-button--secondary"
              disabled={acting.busy}
              onClick={() =>
                void act(
                  async () => setSecret((await api.rollSecret(keepOld ? 24 : 0)).secret),
                  keepOld
                    ? "New secret made. The old one also signs for 24 hours."
                    : "New secret made. The old one no longer signs.",
                  "The secret was not rolled: try again.",
                )
              }
            >
              Roll the signing secret
            </button>
          </p>
          <h3>Deliveries</h3>
          <DeliveryLog deliveries={deliveries} />
          <p>
            <button
              type="button"
              className="rb-button rb-button--quiet"
              onClick={() => void refresh()}
            >
              Refresh the log
            </button>
          </p>
          <CodeBlock
            label="Verifying an event (Node.js)"
            copyLabel="Copy the example"
            code={VERIFY}
          />
        </>
      ) : null}
    </>
  );
}
