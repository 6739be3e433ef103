import { WIDGET_MODES } from "../protocol/messages.js";
import { TOKEN } from "../protocol/envelope.js";
import { isPrefill, KEY, LOCALE } from "../protocol/validators.js";
import type { ReboundConfig } from "./api-types.js";
import type { InstanceOptions } from "./instance.js";

let generated = 0;
const newId = (): string =>
  `rb-${(++generated).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function toOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`origin must be http(s): ${value}`);
  return url.origin;
}

function resolveTargets(target: ReboundConfig["target"]): Element[] {
  if (target === undefined) return [];
  if (typeof target !== "string") return [target];
  return [...document.querySelectorAll(target)];
}

/**
 * Checks a host's config before anything reaches the frame: a bad key, mode or container is a
 * mistake in the host page, reported in its console rather than as a blank widget.
 */
export function resolveConfig(
  config: ReboundConfig,
  defaultOrigin: string,
): Omit<InstanceOptions, "emit" | "checkSite"> {
  if (typeof config.key !== "string" || !KEY.test(config.key))
    throw new Error("key must be a publishable key (pk_…)");
  if (!WIDGET_MODES.includes(config.mode))
    throw new Error(`mode must be one of ${WIDGET_MODES.join(", ")}`);
  if (config.locale !== undefined && !LOCALE.test(config.locale))
    throw new Error("locale must be a language tag like en-GB");
  if (config.prefill !== undefined && !isPrefill(config.prefill))
    throw new Error("prefill accepts organisation, role and interviewDate (YYYY-MM-DD)");
  const { timeout } = config;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 100 && timeout <= 120_000))
    throw new Error("timeout: whole ms, 100 to 120000");
  if (config.preload !== undefined && typeof config.preload !== "boolean")
    throw new Error("preload: true or false");
  if (config.id !== undefined && !TOKEN.test(config.id))
    throw new Error("id may use letters, digits, _ and - only");
  const target = resolveTargets(config.target);
  if (config.mode === "inline" && target.length === 0)
    throw new Error("inline mode needs a target container");
  return {
    id: config.id ?? newId(),
    key: config.key,
    mode: config.mode,
    origin: toOrigin(config.origin ?? defaultOrigin),
    target,
    locale: config.locale,
    prefill: config.prefill,
    nonce: config.nonce,
    timeout: config.timeout,
    preload: config.preload,
  };
}
