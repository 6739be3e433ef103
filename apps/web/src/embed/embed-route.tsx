import { useMemo } from "react";
import { CurrentDebriefProvider } from "../state/current-debrief";
import { createApiClient } from "./api-client";
import { EmbedShell } from "./embed-shell";
import { readEmbedParams } from "./embed-params";
import "./embed.css";

/**
 * `/embed`: the page the agency's widget frames. Answers in progress are stored in this frame's
 * IndexedDB under the agency's key, so closing the modal (or the tab) loses nothing.
 */
export function EmbedRoute() {
  const params = useMemo(
    () => readEmbedParams(window.location, document.referrer, window.parent !== window),
    [],
  );
  const client = useMemo(() => createApiClient(), []);
  return (
    <CurrentDebriefProvider storageKey={`embed:${params.key ?? "preview"}`}>
      <EmbedShell params={params} client={client} />
    </CurrentDebriefProvider>
  );
}
