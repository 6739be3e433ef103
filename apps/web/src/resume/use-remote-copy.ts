import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiProblem, explainApiError } from "../api/explain-error";
import { useCurrentDebrief } from "../state/current-debrief";

export type RemotePhase =
  { phase: "idle" } | { phase: "working" } | { phase: "error"; problem: ApiProblem };

// The client loads on first use: a person who never saves never downloads it.
const client = async () => (await import("../api/client")).reboundClient();

/** The optional copy of this debrief on the API: save, keep current, delete. */
export function useRemoteCopy() {
  const { complete, session, setRemote } = useCurrentDebrief();
  const { remote } = session;
  const [state, setState] = useState<RemotePhase>({ phase: "idle" });

  const run = useCallback(async (work: () => Promise<void>) => {
    setState({ phase: "working" });
    try {
      await work();
      setState({ phase: "idle" });
    } catch (error) {
      setState({ phase: "error", problem: explainApiError(error) });
    }
  }, []);

  const save = useCallback(async () => {
    if (!complete) return;
    await run(async () => {
      const saved = await (await client()).debriefs.save.mutate({ debrief: complete });
      setRemote({ id: saved.id, resumeToken: saved.resumeToken });
    });
  }, [complete, run, setRemote]);

  const remove = useCallback(async () => {
    if (!remote) return;
    await run(async () => {
      try {
        await (await client()).debriefs.delete.mutate(remote);
      } catch (error) {
        // Already gone from the server is what the person asked for.
        if (explainApiError(error).kind !== "not-found") throw error;
      }
      setRemote(null);
    });
  }, [remote, run, setRemote]);

  // Keep the saved copy in step with later changes (a new status, edited answers).
  const synced = useRef(complete);
  useEffect(() => {
    if (!remote || !complete || synced.current === complete) return;
    const timer = window.setTimeout(() => {
      synced.current = complete;
      void run(async () => {
        await (await client()).debriefs.update.mutate({ ...remote, debrief: complete });
      });
    }, 800);
    return () => window.clearTimeout(timer);
  }, [complete, remote, run]);

  return { remote, canSave: complete !== null, state, save, remove };
}
