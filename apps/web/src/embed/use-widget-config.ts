import { useEffect, useState } from "react";
import { type ApiClient, apiErrorKind } from "./api-client";
import type { EmbedParams } from "./embed-params";
import { readInlineConfig } from "./inline-config";
import {
  parsePreviewMessage,
  PREVIEW_READY,
  type WidgetConfig,
  WidgetConfigSchema,
} from "./widget-config";

export type ConfigState =
  | { status: "loading" }
  | { status: "ready"; config: WidgetConfig }
  | { status: "failed"; message: string };

const MESSAGES = {
  missingKey:
    "This widget has no valid agency key, so it cannot start. If you run this site, check the key in your snippet.",
  unauthorized:
    "This widget's agency key is not recognised. If you run this site, copy the key again from your Rebound dashboard.",
  forbidden:
    "This site is not on the agency's list of allowed sites, so the widget stays closed here.",
  modeOff:
    "This agency has switched off this way of showing the coach. If you run this site, check the enabled modes in your Rebound dashboard.",
  other: "The coach could not load its settings just now. Please try again in a moment.",
} as const;

/** Load the agency's settings (the server is the authority), or in preview take them from our dashboard. */
export function useWidgetConfig(
  params: EmbedParams,
  client: ApiClient,
  frameWindow: Window = window,
): ConfigState {
  const [inline] = useState(() => (params.preview ? null : readInlineConfig(document, params)));
  const [state, setState] = useState<ConfigState>(() => {
    if (params.key === null && !params.preview)
      return { status: "failed", message: MESSAGES.missingKey };
    return inline ? checkedMode(inline, params.mode) : { status: "loading" };
  });

  useEffect(() => {
    if (!params.preview) return;
    // Only our own dashboard, as this frame's parent on our origin, may set the preview.
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== frameWindow.location.origin || event.source !== frameWindow.parent)
        return;
      const config = parsePreviewMessage(event.data);
      if (config) setState({ status: "ready", config });
    };
    frameWindow.addEventListener("message", onMessage);
    frameWindow.parent.postMessage({ type: PREVIEW_READY }, frameWindow.location.origin);
    return () => frameWindow.removeEventListener("message", onMessage);
  }, [params.preview, frameWindow]);

  useEffect(() => {
    const { key, preview } = params;
    // Settings the page came with need no second round trip.
    if (preview || key === null || inline) return;
    let cancelled = false;
    // Standalone, the page itself is the host the agency must allow.
    const hostOrigin = params.hostOrigin ?? frameWindow.location.origin;
    client.widget.config
      .query({ key, hostOrigin })
      .then((config) => {
        if (cancelled) return;
        setState(checkedMode(WidgetConfigSchema.parse(config), params.mode));
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const kind = apiErrorKind(error);
        const message =
          kind === "unauthorized" || kind === "forbidden" ? MESSAGES[kind] : MESSAGES.other;
        setState({ status: "failed", message });
      });
    return () => {
      cancelled = true;
    };
  }, [params, client, frameWindow, inline]);

  return state;
}

/** The agency record is the authority on modes, whatever the host page asked for. */
function checkedMode(config: WidgetConfig, mode: EmbedParams["mode"]): ConfigState {
  return config.modes.includes(mode)
    ? { status: "ready", config }
    : { status: "failed", message: MESSAGES.modeOff };
}
