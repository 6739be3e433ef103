import { isEnvelope, isRecord } from "./envelope.js";
import type { FrameMessage, HostCommand, InitConfig, Prefill } from "./messages.js";
import { FRAME_EVENT_TYPES, HOST_COMMAND_TYPES, WIDGET_MODES } from "./messages.js";

/*
 * Hand-written guards rather than a schema library: the loader ships these to every host page
 * and must stay within 6 KB gzip. Each guard rejects unknown keys' types, oversize strings and
 * anything that is not plain data.
 */

type Guard = (value: Record<string, unknown>) => boolean;

const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
const KEY = /^pk_[A-Za-z0-9_-]{4,120}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isEmpty: Guard = (value) => Object.keys(value).length === 0;
const isText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length <= max;
const isOptional = (value: unknown, check: (v: unknown) => boolean): boolean =>
  value === undefined || check(value);
const isCount = (value: unknown, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
const onlyKeys = (value: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(value).every((key) => keys.includes(key));

export function isPrefill(value: unknown): value is Prefill {
  return (
    isRecord(value) &&
    onlyKeys(value, ["organisation", "role", "interviewDate"]) &&
    isOptional(value.organisation, (v) => isText(v, 120)) &&
    isOptional(value.role, (v) => isText(v, 120)) &&
    isOptional(value.interviewDate, (v) => typeof v === "string" && DATE.test(v))
  );
}

export function isInitConfig(value: unknown): value is InitConfig {
  return (
    isRecord(value) &&
    onlyKeys(value, ["instance", "key", "mode", "locale", "prefill"]) &&
    typeof value.instance === "string" &&
    TOKEN.test(value.instance) &&
    typeof value.key === "string" &&
    KEY.test(value.key) &&
    (WIDGET_MODES as readonly unknown[]).includes(value.mode) &&
    isOptional(value.locale, (v) => typeof v === "string" && LOCALE.test(v)) &&
    isOptional(value.prefill, isPrefill)
  );
}

/** Each event lists its keys exactly, so a frame cannot smuggle extra (possibly personal) fields. */
const shaped =
  (keys: readonly string[], check: Guard): Guard =>
  (value) =>
    onlyKeys(value, keys) && check(value);

const eventGuards: Record<string, Guard> = {
  ready: shaped(["instance"], (p) => typeof p.instance === "string" && TOKEN.test(p.instance)),
  loadFailed: shaped(["reason"], (p) => p.reason === "timeout" || p.reason === "config"),
  opened: isEmpty,
  closed: isEmpty,
  stepChanged: shaped(
    ["step", "index", "total"],
    (p) =>
      typeof p.step === "string" &&
      TOKEN.test(p.step) &&
      isCount(p.index, 100) &&
      isCount(p.total, 100),
  ),
  planGenerated: shaped(["steps"], (p) => isCount(p.steps, 100)),
  draftCopied: shaped(["channel"], (p) => typeof p.channel === "string" && TOKEN.test(p.channel)),
  shared: isEmpty,
  resized: shaped(["height"], (p) => isCount(p.height, 20_000)),
  error: shaped(
    ["code", "message"],
    (p) =>
      ["timeout", "invalidMessage", "frame", "config"].includes(p.code as string) &&
      isText(p.message, 300),
  ),
  reply: shaped(
    ["to", "ok", "error"],
    (p) =>
      typeof p.to === "string" &&
      typeof p.ok === "boolean" &&
      isOptional(p.error, (v) => isText(v, 300)),
  ),
};

const commandGuards: Record<string, Guard> = {
  init: isInitConfig,
  open: isEmpty,
  close: isEmpty,
  prefill: isPrefill,
  reset: isEmpty,
};

function parseWith(
  table: Record<string, Guard>,
  allowed: readonly string[],
  data: unknown,
): boolean {
  if (!isEnvelope(data) || !allowed.includes(data.type) || !isRecord(data.payload)) return false;
  const guard = table[data.type];
  return guard !== undefined && guard(data.payload);
}

const FRAME_TYPES: readonly string[] = [...FRAME_EVENT_TYPES, "reply"];

/** Returns the message when it is a well-formed frame → host message, otherwise null. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  return parseWith(eventGuards, FRAME_TYPES, data) ? (data as FrameMessage) : null;
}

/** Returns the message when it is a well-formed host → frame command, otherwise null. */
export function parseHostCommand(data: unknown): HostCommand | null {
  return parseWith(commandGuards, HOST_COMMAND_TYPES, data) ? (data as HostCommand) : null;
}
