import { resolveHostOrigin, type WidgetMode, WIDGET_MODES } from "@rebound/embed/protocol";

export interface EmbedParams {
  /** The agency's publishable key, or null when missing or malformed. */
  key: string | null;
  /** The loader's instance id; the bridge only answers an `init` for this id. */
  instance: string | null;
  mode: WidgetMode;
  /** The page framing us, as the browser confirms it; null when standalone (or when it cannot be trusted). */
  hostOrigin: string | null;
  /** Framed by our own dashboard to preview a draft theme: no config fetch, no sharing. */
  preview: boolean;
}

const KEY = /^pk_[A-Za-z0-9_-]{10,64}$/;
const INSTANCE = /^[A-Za-z0-9_-]{1,64}$/;

/** Read what the loader put in the frame's URL; anything malformed is treated as absent. */
export function readEmbedParams(
  location: Location,
  referrer: string,
  framed: boolean,
): EmbedParams {
  const params = new URLSearchParams(location.search);
  const key = params.get("key");
  const instance = params.get("instance");
  const mode = params.get("mode");
  const hostOrigin = framed
    ? resolveHostOrigin({
        search: location.search,
        referrer,
        ancestorOrigins: location.ancestorOrigins,
      })
    : null;
  return {
    key: key !== null && KEY.test(key) ? key : null,
    instance: instance !== null && INSTANCE.test(instance) ? instance : null,
    mode: WIDGET_MODES.find((m) => m === mode) ?? "inline",
    hostOrigin,
    preview: framed && params.get("preview") === "1" && hostOrigin === location.origin,
  };
}
