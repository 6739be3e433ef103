import type { Choice } from "./choice-field";

/** The IANA time zone this device is set to ("Europe/Paris"), or UTC when it does not say. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * Every zone this browser knows, as choices ("Europe/Paris" shown as "Europe / Paris"), with the
 * current one kept even when the browser lists it under another name.
 */
export function timeZoneChoices(current: string): readonly Choice[] {
  const zones = Intl.supportedValuesOf("timeZone");
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((zone) => ({
    value: zone,
    label: zone.replaceAll("/", " / ").replaceAll("_", " "),
  }));
}
