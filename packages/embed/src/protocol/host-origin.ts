export interface HostOriginSources {
  /** `location.search` of the frame: the loader sets `?host=<encoded host origin>`. */
  search: string;
  /** `document.referrer`; with `referrerpolicy="strict-origin"` it is the host's origin. */
  referrer: string;
  /** `location.ancestorOrigins` where the browser has it (Chromium, WebKit); index 0 is the parent. */
  ancestorOrigins?: ArrayLike<string>;
}

function toOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The frame must know which origin to post `ready` to without ever using "*". The browser's own
 * answer (ancestorOrigins, then the referrer) outranks the `?host=` parameter, and a parameter that
 * contradicts it yields null: the frame then stays silent.
 */
export function resolveHostOrigin(sources: HostOriginSources): string | null {
  const rawParam = new URLSearchParams(sources.search).get("host");
  const param = toOrigin(rawParam);
  if (rawParam !== null && param !== rawParam) return null;
  const browserSaid = toOrigin(sources.ancestorOrigins?.[0]) ?? toOrigin(sources.referrer);
  if (browserSaid !== null && param !== null && browserSaid !== param) return null;
  return browserSaid ?? param;
}
