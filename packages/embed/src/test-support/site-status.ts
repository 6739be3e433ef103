import { vi } from "vitest";
import type { SiteChrome, SiteCheck, SiteStatus } from "../loader/site-check.js";

/** An agency's branding as the status endpoint sends it. */
export const CHROME: SiteChrome = {
  title: "Bounce back with Harbour",
  launcherLabel: "Talk it through",
  primary: "#0b5cad",
  onPrimary: "#ffffff",
  background: "#f7f9fc",
  text: "#1f2328",
  radius: 14,
  font: "Georgia, Times New Roman, serif",
};
export const ALLOWED: SiteStatus = { status: "ok", chrome: CHROME };

/** A site check that answers `status` (asynchronously, as the network does) and records each question. */
export function answering(status: SiteStatus): SiteCheck & { asked: string[] } {
  const asked: string[] = [];
  const check = (origin: string, key: string, mode: string) => {
    asked.push(`${origin} ${key} ${mode}`);
    return Promise.resolve(status);
  };
  return Object.assign(check, { asked });
}

/**
 * The status endpoint at the network boundary (happy-dom never reaches the network): `fetch`
 * answers `body` as JSON, and the requested URLs are kept.
 */
export function stubStatusEndpoint(body: unknown = ALLOWED): string[] {
  const requested: string[] = [];
  vi.stubGlobal("fetch", (url: string) => {
    requested.push(url);
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  });
  return requested;
}

/** Lets pending promises (the site check) and their follow-ups run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
