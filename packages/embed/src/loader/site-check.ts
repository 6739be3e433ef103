import { isRecord } from "../protocol/envelope.js";
import { REFUSAL_REASONS, type RefusalReason, type WidgetMode } from "../protocol/messages.js";

/**
 * The agency's branding for the chrome on the host page: launcher and modal. The same shape as
 * core's `SiteChrome`, which the server fills; this package stays free of core to stay small.
 */
export interface SiteChrome {
  title: string;
  launcherLabel: string;
  primary: string;
  /** Text colour that reads on `primary`. */
  onPrimary: string;
  background: string;
  text: string;
  radius: number;
  /** A CSS font list of plain names, e.g. `Georgia, Times New Roman, serif`. */
  font: string;
}

export type SiteStatus =
  | { status: "ok"; chrome: SiteChrome }
  | { status: "refused"; reason: RefusalReason; message: string }
  /** The check itself failed (network, older server): the frame is loaded and reports what it finds. */
  | { status: "unknown" };

export type SiteCheck = (
  origin: string,
  key: string,
  mode: WidgetMode,
  timeoutMs: number,
) => Promise<SiteStatus>;

export const STATUS_PATH = "/api/v1/widget/status";

/** Four hex colours, the radius in pixels and a font list of plain names, space-separated. */
const STYLE_VALUES = /^(#[0-9a-f]{3,6} ){4}\d{1,2} [a-z][a-z ,-]{0,99}$/i;
const UNKNOWN: SiteStatus = { status: "unknown" };
const isText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= max;

/** Everything from the network is checked: colours and fonts end up in CSS, words in text nodes. */
function parseChrome(value: unknown): SiteChrome | null {
  if (!isRecord(value)) return null;
  const { primary, onPrimary, background, text, radius, font } = value;
  const style = [primary, onPrimary, background, text, radius, font].join(" ");
  return isText(value.title, 120) && isText(value.launcherLabel, 60) && STYLE_VALUES.test(style)
    ? (value as unknown as SiteChrome)
    : null;
}

/** The server's answer, or `unknown` when it is not one we understand. */
export function parseSiteStatus(data: unknown): SiteStatus {
  if (!isRecord(data)) return UNKNOWN;
  if (data.status === "refused")
    return REFUSAL_REASONS.includes(data.reason as RefusalReason) && isText(data.message, 500)
      ? { status: "refused", reason: data.reason as RefusalReason, message: data.message }
      : UNKNOWN;
  const chrome = data.status === "ok" ? parseChrome(data.chrome) : null;
  return chrome ? { status: "ok", chrome } : UNKNOWN;
}

async function fetchStatus(url: string, timeoutMs: number): Promise<SiteStatus> {
  try {
    const response = await fetch(url, {
      credentials: "omit",
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok ? parseSiteStatus(await response.json()) : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

const answers = new Map<string, Promise<SiteStatus>>();

/**
 * Asks the Rebound server, before any frame exists, whether this page may show the widget (the
 * server reads the page's origin from the request's `Origin` header) and how to brand the
 * chrome. One request per key and mode for the page's life, however many instances (or React
 * StrictMode re-mounts) ask; a failed check is forgotten so a later instance asks again.
 */
export const checkSite: SiteCheck = (origin, key, mode, timeoutMs) => {
  const url = `${origin}${STATUS_PATH}?${new URLSearchParams({ key, mode }).toString()}`;
  let answer = answers.get(url);
  if (!answer) {
    answer = fetchStatus(url, timeoutMs);
    answers.set(url, answer);
    void answer.then((status) => status.status === "unknown" && answers.delete(url));
  }
  return answer;
};
