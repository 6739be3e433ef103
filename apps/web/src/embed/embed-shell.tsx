import { useEffect, useMemo, useRef, useState } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { type ApiClient } from "./api-client";
import { EmbedCoach, type WidgetActions } from "./embed-coach";
import type { EmbedParams } from "./embed-params";
import { prefillDraft } from "./prefill-draft";
import { useAutoHeight } from "./use-auto-height";
import { useEscapeToClose } from "./use-escape-to-close";
import { useFrameBridge } from "./use-frame-bridge";
import { useTheme } from "./use-theme";
import { useWidgetConfig } from "./use-widget-config";

interface EmbedShellProps {
  params: EmbedParams;
  client: ApiClient;
  frameWindow?: Window;
}

/** The frame's page: bridge to the host, the agency's theme, auto-height, then the coach. */
export function EmbedShell({ params, client, frameWindow }: EmbedShellProps) {
  const { loaded, update, reset } = useCurrentDebrief();
  const config = useWidgetConfig(params, client, frameWindow);
  const content = useRef<HTMLDivElement>(null);
  // Counts the host's prefills, so the open step's form re-reads the draft they filled in.
  const [prefills, setPrefills] = useState(0);
  const emit = useFrameBridge(
    {
      hostOrigin: params.preview ? null : params.hostOrigin,
      instance: params.instance,
      ...(frameWindow ? { frameWindow } : {}),
    },
    {
      onPrefill: (prefill) => {
        update((draft) => prefillDraft(draft, prefill));
        setPrefills((count) => count + 1);
      },
      onReset: reset,
    },
  );
  useAutoHeight(emit, content);
  useEscapeToClose(emit, params.mode);
  useTheme(config.status === "ready" ? config.config.theme : null);

  useEffect(() => {
    if (config.status === "failed") emit("loadFailed", { reason: "config" });
  }, [config.status, emit]);

  const actions = useMemo<WidgetActions>(() => {
    const { key, hostOrigin } = params;
    const access = key === null ? null : { key, hostOrigin: hostOrigin ?? window.location.origin };
    return {
      share: async (summary) => {
        // The dashboard's preview shows the journey but never sends anything.
        if (params.preview || access === null) return;
        await client.widget.share.mutate({ ...access, consent: true, summary });
      },
      count: (event) => {
        if (params.preview || access === null) return;
        client.widget.event.mutate({ ...access, event }).catch(() => undefined);
      },
    };
  }, [params, client]);

  return (
    <div ref={content} className="rb-embed">
      {config.status === "failed" ? (
        <div className="rb-card" role="alert">
          <h1>The coach is not available here</h1>
          <p>{config.message}</p>
        </div>
      ) : config.status === "loading" || !loaded ? (
        <p role="status">Loading the coach…</p>
      ) : (
        <>
          <header className="rb-embed__header">
            {/* In a popup the host's dialog already shows the title; the frame keeps it for screen readers. */}
            <h1 className={params.mode === "inline" ? undefined : "rb-visually-hidden"}>
              {config.config.copy.title}
            </h1>
            {config.config.copy.intro ? <p>{config.config.copy.intro}</p> : null}
          </header>
          <EmbedCoach
            config={config.config}
            emit={emit}
            actions={actions}
            preview={params.preview}
            mode={params.mode}
            prefills={prefills}
          />
        </>
      )}
    </div>
  );
}
