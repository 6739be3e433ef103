/**
 * A frame window wired to the test's real (happy-dom) window as its parent, the way a browser
 * delivers cross-origin postMessage: asynchronously, with the sender's origin and window, and the
 * transferred ports. happy-dom's own postMessage does not transfer ports, hence this.
 */
export interface FakeFrameWindow extends EventTarget {
  parent: { postMessage: (data: unknown, targetOrigin: string) => void };
  postMessage: (data: unknown, targetOrigin: string, transfer?: MessagePort[]) => void;
  /** Every targetOrigin either side passed, to prove "*" is never used. */
  targetOrigins: string[];
}

export function linkedFrameWindow(hostOrigin: string, frameOrigin: string): FakeFrameWindow {
  const frame = new EventTarget() as FakeFrameWindow;
  frame.targetOrigins = [];
  frame.parent = {
    postMessage(data, targetOrigin) {
      frame.targetOrigins.push(targetOrigin);
      if (targetOrigin !== hostOrigin) return; // the browser drops it
      const copy = structuredClone(data);
      queueMicrotask(() =>
        window.dispatchEvent(
          new MessageEvent("message", { data: copy, origin: frameOrigin, source: frame as never }),
        ),
      );
    },
  };
  frame.postMessage = (data, targetOrigin, transfer = []) => {
    frame.targetOrigins.push(targetOrigin);
    if (targetOrigin !== frameOrigin) return;
    const copy = structuredClone(data);
    queueMicrotask(() =>
      frame.dispatchEvent(
        new MessageEvent("message", {
          data: copy,
          origin: hostOrigin,
          source: frame.parent as never,
          ports: transfer,
        }),
      ),
    );
  };
  return frame;
}

/** Posts a message to the test window as if some window sent it. */
export function deliverToHost(data: unknown, origin: string, source: unknown): void {
  window.dispatchEvent(new MessageEvent("message", { data, origin, source: source as never }));
}

export const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
