import type { Database } from "../db/create-database.js";
import { findAgencyByPublishableKey, type Agency } from "../store/agencies.js";

const KEY = /^pk_[A-Za-z0-9_-]{10,64}$/;

/** The id of the JSON block the widget reads its settings from (apps/web/src/embed/inline-config.ts). */
export const INLINE_CONFIG_ID = "rebound-widget-config";

export interface EmbedPage {
  /** `frame-ancestors`: the agency's allowed origins, `'self'` for the dashboard's preview, or nobody. */
  ancestors: string;
  html: string;
}

/** JSON placed inside HTML: `<` escaped, so no value can close the script element. */
const jsonInHtml = (value: unknown): string => JSON.stringify(value).replaceAll("<", "\\u003c");

/**
 * The /embed page for one request. When the key is an agency's and `host` one of its origins, the
 * agency's widget settings travel inside the page (a JSON block, not a script), so the widget
 * renders without a second round trip; they are the same public settings `widget.config` answers,
 * and the frame uses them only if the browser confirms the host. The page can only be framed by
 * the agency's origins (`frame-ancestors`).
 */
export async function embedPage(
  db: Database,
  html: string,
  query: Record<string, unknown>,
): Promise<EmbedPage> {
  if (query.preview === "1") return { ancestors: "'self'", html };
  const { key, host } = query;
  const agency: Agency | null =
    typeof key === "string" && KEY.test(key) ? await findAgencyByPublishableKey(db, key) : null;
  if (!agency || agency.origins.length === 0) return { ancestors: "'none'", html };
  const ancestors = agency.origins.join(" ");
  if (typeof host !== "string" || !agency.origins.includes(host)) return { ancestors, html };
  const settings = {
    key: agency.publishableKey,
    hostOrigin: host,
    config: {
      agencyName: agency.name,
      theme: agency.theme,
      copy: agency.copy,
      modes: agency.modes,
    },
  };
  const block = `<script type="application/json" id="${INLINE_CONFIG_ID}">${jsonInHtml(settings)}</script>`;
  return { ancestors, html: html.replace("</head>", `${block}</head>`) };
}
