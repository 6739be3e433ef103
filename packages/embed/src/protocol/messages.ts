import type { Envelope } from "./envelope.js";

export type WidgetMode = "inline" | "popup" | "floatingButton";
export const WIDGET_MODES: readonly WidgetMode[] = ["inline", "popup", "floatingButton"];

/** What a host may pre-fill. Work context only: the candidate types anything personal themselves. */
export interface Prefill {
  organisation?: string;
  role?: string;
  /** Calendar date of the interview, `YYYY-MM-DD`. */
  interviewDate?: string;
}

/** Sent once per handshake, together with the private MessageChannel port. */
export interface InitConfig {
  instance: string;
  key: string;
  mode: WidgetMode;
  locale?: string;
  prefill?: Prefill;
}

/** Why the Rebound server refuses to show the widget on this page (see the loader's site check). */
export type RefusalReason = "unknownKey" | "originNotAllowed" | "modeDisabled";
export const REFUSAL_REASONS: readonly RefusalReason[] = [
  "unknownKey",
  "originNotAllowed",
  "modeDisabled",
];
export type ErrorCode = "timeout" | "invalidMessage" | "frame" | "config" | RefusalReason;
type Empty = Record<string, never>;

/**
 * Frame → host. None of these carry personal data: ids, counts and sizes only, so an agency's
 * analytics never learns what a candidate wrote.
 */
export interface FrameEventPayloads {
  ready: { instance: string };
  loadFailed: { reason: "timeout" | "config" };
  /** Raised by the host's chrome; a frame has no reason to send it. */
  opened: Empty;
  /**
   * Raised by the host's chrome when the modal closes. Sent by the frame, it asks the host to
   * close the modal (Escape pressed inside the frame, or the coach's own "Done"): focus is in
   * the cross-origin frame then, so the host cannot see the key itself.
   */
  closed: Empty;
  stepChanged: { step: string; index: number; total: number };
  planGenerated: { steps: number };
  draftCopied: { channel: string };
  shared: Empty;
  resized: { height: number };
  error: { code: ErrorCode; message: string };
}
export type FrameEventType = keyof FrameEventPayloads;
export const FRAME_EVENT_TYPES: readonly FrameEventType[] = [
  "ready",
  "loadFailed",
  "opened",
  "closed",
  "stepChanged",
  "planGenerated",
  "draftCopied",
  "shared",
  "resized",
  "error",
];

/** Host → frame. `init` travels on the window (it hands over the port); the rest on the port. */
export interface HostCommandPayloads {
  init: InitConfig;
  open: Empty;
  close: Empty;
  prefill: Prefill;
  reset: Empty;
}
export type HostCommandType = keyof HostCommandPayloads;
export const HOST_COMMAND_TYPES: readonly HostCommandType[] = [
  "init",
  "open",
  "close",
  "prefill",
  "reset",
];

/** Frame → host answer to one command, correlated by the command's id. */
export interface ReplyPayload {
  to: string;
  ok: boolean;
  error?: string;
}

export type FrameEvent = {
  [T in FrameEventType]: Envelope<T, FrameEventPayloads[T]>;
}[FrameEventType];
export type HostCommand = {
  [T in HostCommandType]: Envelope<T, HostCommandPayloads[T]>;
}[HostCommandType];
export type Reply = Envelope<"reply", ReplyPayload>;
/** Anything the host may receive from the frame. */
export type FrameMessage = FrameEvent | Reply;
