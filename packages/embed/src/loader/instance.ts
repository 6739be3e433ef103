import { createHostBridge, type CallableCommand } from "../protocol/host-bridge.js";
import type { FrameEvent, HostCommandPayloads, Prefill, WidgetMode } from "../protocol/messages.js";
import type { ReboundEventDetail } from "./api-types.js";
import { h } from "./dom.js";
import { createFrame, FRAME_TITLE, frameUrl } from "./frame.js";
import { createLauncher } from "./launcher.js";
import { createModal } from "./modal.js";
import { applyShadowStyles } from "./shadow-styles.js";
import { createWidgetElement } from "./widget-element.js";

export interface InstanceOptions {
  id: string;
  key: string;
  mode: WidgetMode;
  origin: string;
  /** inline: the container. popup: the elements that open it on click. */
  target: Element[];
  locale?: string | undefined;
  prefill?: Prefill | undefined;
  nonce?: string | undefined;
  timeout?: number | undefined;
  emit: (detail: ReboundEventDetail) => void;
}

export interface WidgetInstance {
  readonly id: string;
  readonly element: HTMLElement;
  open(trigger?: Element | null): void;
  close(): void;
  prefill(data: Prefill): void;
  destroy(): void;
}

const FAILED = "The interview coach could not load. Please try again later.";

/** One widget on the page: its chrome, its frame and its bridge. Nothing is shared between instances. */
export function createWidgetInstance(options: InstanceOptions): WidgetInstance {
  const { id, mode, origin, emit } = options;
  const { element, root } = createWidgetElement(id);
  const styles = applyShadowStyles(root, options.nonce);
  const iframe = createFrame();
  const status = h("p", { class: "status", role: "status", hidden: "" });
  const box = h("div", { class: "box" }, [iframe, status]);
  let isOpen = false;
  let returnFocus: HTMLElement | null = null;
  const cleanups: (() => void)[] = [];

  const bridge = createHostBridge({
    frameOrigin: origin,
    frameWindow: () => iframe.contentWindow,
    config: {
      instance: id,
      key: options.key,
      mode,
      locale: options.locale,
      prefill: options.prefill,
    },
    timeoutMs: options.timeout,
    onEvent: (event) => onFrameEvent(event),
  });
  const send = <T extends CallableCommand>(type: T, payload: HostCommandPayloads[T]): void => {
    // Failures already reach listeners as `error` events; the promise is for programmatic callers.
    bridge.send(type, payload).catch(() => undefined);
  };
  const notify = (detail: Omit<ReboundEventDetail, "instance">): void => {
    const full = { ...detail, instance: id } as ReboundEventDetail;
    emit(full);
    element.dispatchEvent(
      new CustomEvent(`rebound:${detail.type}`, { detail: full, bubbles: true }),
    );
  };

  const load = (): void => {
    if (iframe.getAttribute("src")) return;
    iframe.src = frameUrl({ origin, key: options.key, instance: id, mode, locale: options.locale });
    bridge.start();
  };

  // While the modal is open, focus that escapes to the page (e.g. by a click behind) comes back.
  const keepFocus = (event: FocusEvent): void => {
    if (event.target !== element) modal?.closeButton.focus();
  };

  const close = (): void => {
    if (!isOpen || !modal) return;
    isOpen = false;
    modal.backdrop.hidden = true;
    launcher?.setAttribute("aria-expanded", "false");
    document.removeEventListener("focusin", keepFocus);
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
    send("close", {});
    notify({ type: "closed", payload: {} });
  };

  const open = (trigger?: Element | null): void => {
    if (isOpen || !modal) return;
    isOpen = true;
    const active = trigger ?? document.activeElement;
    returnFocus = active instanceof HTMLElement ? active : null;
    load();
    modal.backdrop.hidden = false;
    launcher?.setAttribute("aria-expanded", "true");
    modal.closeButton.focus();
    document.addEventListener("focusin", keepFocus);
    send("open", {});
    notify({ type: "opened", payload: {} });
  };

  const modal = mode === "inline" ? null : createModal(FRAME_TITLE, box, close);
  const launcher = mode === "floatingButton" ? createLauncher(modal?.dialog.id ?? "") : null;
  root.append(...(launcher ? [launcher] : []), modal ? modal.backdrop : box);
  launcher?.addEventListener("click", () => (isOpen ? close() : open(launcher)));

  function onFrameEvent(event: FrameEvent): void {
    switch (event.type) {
      case "resized":
        styles.setDynamic(`:host{--rb-height:${event.payload.height}px}`);
        break;
      case "loadFailed":
        status.textContent = FAILED;
        status.hidden = false;
        break;
      case "ready":
        status.hidden = true;
        break;
      // The frame asks to close (its own Done button, or Escape pressed inside it).
      case "closed":
        close();
        return;
      case "opened":
        return;
    }
    notify(event);
  }

  for (const trigger of mode === "inline" ? [] : options.target) {
    const onClick = (event: Event): void => {
      event.preventDefault();
      open(trigger);
    };
    trigger.addEventListener("click", onClick);
    cleanups.push(() => trigger.removeEventListener("click", onClick));
  }

  const parent = mode === "inline" ? options.target[0] : document.body;
  parent?.appendChild(element);
  if (mode === "inline") load();

  return {
    id,
    element,
    open,
    close,
    prefill: (data) => send("prefill", data),
    destroy() {
      if (isOpen) close();
      for (const cleanup of cleanups) cleanup();
      bridge.destroy();
      element.remove();
    },
  };
}
