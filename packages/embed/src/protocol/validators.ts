import { LIMITS } from "@rebound/core";
import { isEnvelope, isRecord, TOKEN } from "./envelope.js";
import type {
  FrameEventType,
  FrameMessage,
  HostCommand,
  HostCommandType,
  InitConfig,
  Prefill,
} from "./messages.js";
import { REFUSAL_REASONS, WIDGET_MODES } from "./messages.js";

/*
 * Hand-written guards rather than a schema library: the loader ships these to every host page
 * and must stay within 6 KB gzip. Each payload is a table of its keys and their checks: a key the
 * table does not list, an oversize string or anything that is not plain data is refused.
 */

type Check = (value: unknown) => boolean;
type Shape = Record<string, Check>;

/** A publishable key and a BCP 47-like language tag, as the loader and the frame accept them. */
export const KEY = /^pk_[A-Za-z0-9_-]{4,120}$/;
export const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ERROR_CODES: readonly unknown[] = [
  "timeout",
  "invalidMessage",
  "frame",
  "config",
  ...REFUSAL_REASONS,
];

const matching =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === "string" && pattern.test(value);
const text =
  (max: number): Check =>
  (value) =>
    typeof value === "string" && value.length <= max;
const count =
  (max: number): Check =>
  (value) =>
    typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);
const token = matching(TOKEN);

/** Exactly the listed keys (optional ones may be missing), each passing its check. */
function fits(shape: Shape, value: unknown): boolean {
  const keys = Object.keys(shape);
  return (
    isRecord(value) &&
    Object.keys(value).every((key) => keys.includes(key)) &&
    keys.every((key) => shape[key]?.(value[key]))
  );
}

const PREFILL: Shape = {
  // The debrief's organisation name and role: core's limits, the ones its schema holds (inlined by
  // the build, so core is only a devDependency of the published package).
  organisation: optional(text(LIMITS.name)),
  role: optional(text(LIMITS.short)),
  interviewDate: optional(matching(DATE)),
};

export function isPrefill(value: unknown): value is Prefill {
  return fits(PREFILL, value);
}

const INIT: Shape = {
  instance: token,
  key: matching(KEY),
  mode: oneOf(WIDGET_MODES),
  locale: optional(matching(LOCALE)),
  prefill: optional(isPrefill),
};

export function isInitConfig(value: unknown): value is InitConfig {
  return fits(INIT, value);
}

/** Each event lists its keys exactly, so a frame cannot smuggle extra (possibly personal) fields. */
const EVENTS: Record<FrameEventType | "reply", Shape> = {
  ready: { instance: token },
  loadFailed: { reason: oneOf(["timeout", "config"]) },
  opened: {},
  closed: {},
  stepChanged: { step: token, index: count(100), total: count(100) },
  planGenerated: { steps: count(100) },
  draftCopied: { channel: token },
  shared: {},
  resized: { height: count(20_000) },
  error: { code: oneOf(ERROR_CODES), message: text(300) },
  reply: { to: text(64), ok: (value) => typeof value === "boolean", error: optional(text(300)) },
};

const COMMANDS: Record<HostCommandType, Shape> = {
  init: INIT,
  open: {},
  close: {},
  prefill: PREFILL,
  reset: {},
};

function fitsTable(table: Partial<Record<string, Shape>>, data: unknown): boolean {
  if (!isEnvelope(data) || !Object.keys(table).includes(data.type)) return false;
  const shape = table[data.type];
  return shape !== undefined && fits(shape, data.payload);
}

/** Returns the message when it is a well-formed frame → host message, otherwise null. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  return fitsTable(EVENTS, data) ? (data as FrameMessage) : null;
}

/** Returns the message when it is a well-formed host → frame command, otherwise null. */
export function parseHostCommand(data: unknown): HostCommand | null {
  return fitsTable(COMMANDS, data) ? (data as HostCommand) : null;
}
