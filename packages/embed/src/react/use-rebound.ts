import { useCallback, useEffect, useId, useRef, type RefObject } from "react";
import type { ReboundConfig, ReboundEventDetail } from "../loader/api-types.js";
import { installStub } from "../snippet/install-stub.js";
import { callRebound } from "./global-call.js";

export interface UseReboundOptions extends Omit<ReboundConfig, "key" | "target" | "origin" | "id"> {
  /** The agency's publishable key (`pk_…`); not `key`, which React reserves for itself. */
  agencyKey: string;
  /** The Rebound server, e.g. `https://coach.rebound.example`; the loader script comes from there. */
  origin: string;
  /** inline: the container the frame goes into. */
  container?: RefObject<HTMLElement | null>;
  /** Every event of this instance (`ready`, `opened`, `stepChanged`…), without personal data. */
  onEvent?: (event: ReboundEventDetail) => void;
}

export interface UseReboundResult {
  /** The instance id, stable across re-renders and identical on server and client. */
  id: string;
  open(): void;
  close(): void;
}

/**
 * One widget instance tied to a component's lifetime. The loader is fetched from `origin` (never
 * bundled) through the same queueing stub as the paste-in snippet, so calls made before it arrives
 * are replayed. Effects only: rendering on the server touches no browser API.
 */
export function useRebound(options: UseReboundOptions): UseReboundResult {
  const { origin, agencyKey: key, mode, locale, nonce, timeout, preload, container } = options;
  const id = `rb-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  // Latest callback and prefill without re-creating the widget on every render.
  const onEvent = useRef(options.onEvent);
  const prefill = useRef(options.prefill);
  useEffect(() => {
    onEvent.current = options.onEvent;
    prefill.current = options.prefill;
  });

  useEffect(() => {
    installStub(origin, nonce);
    const listener = (event: ReboundEventDetail): void => onEvent.current?.(event);
    const target = container?.current ?? undefined;
    callRebound("init", {
      key,
      mode,
      origin,
      locale,
      nonce,
      timeout,
      preload,
      id,
      target,
      prefill: prefill.current,
    });
    callRebound("on", "*", listener, id);
    return () => {
      callRebound("off", "*", listener, id);
      callRebound("destroy", id);
    };
  }, [id, origin, key, mode, locale, nonce, timeout, preload, container]);

  const prefillKey = JSON.stringify(options.prefill ?? null);
  const sentPrefill = useRef(prefillKey);
  useEffect(() => {
    // The first prefill travels with init; later changes are sent to the running widget.
    if (prefillKey === sentPrefill.current) return;
    sentPrefill.current = prefillKey;
    if (prefill.current) callRebound("prefill", prefill.current, id);
  }, [prefillKey, id]);

  const open = useCallback(() => callRebound("open", id), [id]);
  const close = useCallback(() => callRebound("close", id), [id]);
  return { id, open, close };
}
