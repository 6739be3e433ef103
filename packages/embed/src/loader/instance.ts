import {
  createHostBridge,
  DEFAULT_TIMEOUT_MS,
  type CallableCommand,
} from "../protocol/host-bridge.js";
import type { FrameEvent, HostCommandPayloads, Prefill, WidgetMode } from "../protocol/messages.js";
import type { ReboundEventDetail } from "./api-types.js";
import { chromeThemeCss } from "./chrome-theme.js";
import { h } from "./dom.js";
import { createFrame, FRAME_TITLE, frameUrl } from "./frame.js";
import { createLauncher } from "./launcher.js";
import { createModal } from "./modal.js";
import { applyShadowStyles } from "./shadow-styles.js";
import type { SiteCheck, SiteStatus } from "./site-check.js";
import { whenPageIdle } from "./when-idle.js";
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
  /** popup and floatingButton: load the frame, hidden, once the page is idle, so opening is instant. */
  preload?: boolean | undefined;
  emit: (detail: ReboundEventDetail) => void;
  checkSite: SiteCheck;
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
/** What a visitor sees where the server refuses the widget; the developer gets the reason in the console. */
const NOT_SET_UP = "The interview coach is not set up on this site yet.";

/** One widget on the page: its chrome, its frame and its bridge. Nothing is shared between instances. */
export function createWidgetInstance(options: InstanceOptions): WidgetInstance {
  const { id, mode, origin, emit } = options;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const { element, root } = createWidgetElement(id);
  const styles = applyShadowStyles(root, options.nonce);
  const status = h("p", { class: "status", role: "status", hidden: "" });
  const box = h("div", { class: "box" }, [status]);
  let iframe: HTMLIFrameElement | null = null;
  // Until the server answers, the frame waits: a refused site never gets one.
  let site: SiteStatus | null = null;
  let wantsFrame = false;
  let destroyed = false;
  let isOpen = false;
  let returnFocus: HTMLElement | null = null;
  let height = "";
  let theme = "";
  const cleanups: (() => void)[] = [];

  const bridge = createHostBridge({
    frameOrigin: origin,
    frameWindow: () => iframe?.contentWindow ?? null,
    config: {
      instance: id,
      key: options.key,
      mode,
      locale: options.locale,
      prefill: options.prefill,
    },
    timeoutMs: timeout,
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
  const restyle = (): void => styles.setDynamic(height + theme);

  const load = (): void => {
    wantsFrame = true;
    if (iframe || destroyed || site === null || site.status === "refused") return;
    iframe = createFrame(
      frameUrl({ origin, key: options.key, instance: id, mode, locale: options.locale }),
    );
    box.prepend(iframe);
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

  /** The server's answer: brand the chrome, or explain the refusal to the developer and the visitor. */
  const onSiteStatus = (answer: SiteStatus): void => {
    if (destroyed) return;
    site = answer;
    if (answer.status === "refused") {
      status.textContent = NOT_SET_UP;
      status.hidden = false;
      console.warn(`[Rebound] ${answer.message}`);
      notify({ type: "error", payload: { code: answer.reason, message: answer.message } });
      return;
    }
    if (answer.status === "ok") {
      const { chrome } = answer;
      theme = chromeThemeCss(chrome);
      restyle();
      if (modal) modal.heading.textContent = chrome.title;
      if (launcher) launcher.textContent = chrome.launcherLabel;
    }
    if (wantsFrame) load();
    else if (options.preload && modal) cleanups.push(whenPageIdle(load));
  };
  options.checkSite(origin, options.key, mode, timeout).then(onSiteStatus, () => undefined);

  function onFrameEvent(event: FrameEvent): void {
    switch (event.type) {
      case "resized":
        height = `:host{--rb-height:${event.payload.height}px}`;
        restyle();
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
      destroyed = true;
      for (const cleanup of cleanups) cleanup();
      bridge.destroy();
      element.remove();
    },
  };
}
