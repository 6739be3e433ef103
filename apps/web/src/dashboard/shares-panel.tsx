import { useCallback, useEffect, useState } from "react";
import type { SharedSummary } from "./agency";
import type { DashboardApi } from "./dashboard-api";
import { SharesList } from "./shares-list";
import { ActionStatus, useAction } from "./use-action";

type Loaded = { items: SharedSummary[]; nextCursor: string | null };

/** Every share, a page at a time (newest first), each deletable, all downloadable as CSV. */
export function SharesPanel({ api }: { api: DashboardApi["shares"] }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const more = useAction();
  const removal = useAction();

  useEffect(() => {
    let cancelled = false;
    api.page(null).then(
      (page) => !cancelled && setLoaded(page),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const loadMore = async () => {
    if (!loaded?.nextCursor) return;
    const page = await more.run(
      () => api.page(loaded.nextCursor),
      "",
      "Could not load more summaries. Try again.",
    );
    if (page) setLoaded({ items: [...loaded.items, ...page.items], nextCursor: page.nextCursor });
  };

  const runRemoval = removal.run;
  const remove = useCallback(
    async (id: string) => {
      const done = await runRemoval(
        async () => {
          await api.remove(id);
          return true;
        },
        "Deleted.",
        "Not deleted: something went wrong. Try again.",
      );
      if (done)
        setLoaded(
          (previous) =>
            previous && { ...previous, items: previous.items.filter((share) => share.id !== id) },
        );
    },
    [api, runRemoval],
  );

  if (failed)
    return (
      <p className="rb-error-text">
        The summaries could not be loaded. Reload the page to try again.
      </p>
    );
  if (!loaded) return <p role="status">Loading…</p>;
  return (
    <>
      <p>
        <a className="rb-button rb-button--secondary" href={api.csvUrl} download>
          Download all as CSV
        </a>
      </p>
      <ActionStatus state={removal.state} />
      <SharesList shares={loaded.items} onDelete={remove} />
      {loaded.nextCursor ? (
        <p>
          <button
            type="button"
            className="rb-button rb-button--secondary"
            disabled={more.busy}
            onClick={() => void loadMore()}
          >
            {more.busy ? "Loading…" : "Show older summaries"}
          </button>
        </p>
      ) : null}
      <ActionStatus state={more.state} />
    </>
  );
}
