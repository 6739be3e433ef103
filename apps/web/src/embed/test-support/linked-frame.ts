/**
 * A frame window whose parent is the test's (happy-dom) window, delivering postMessage the way a
 * browser does across origins: asynchronously, with the sender's origin and window, and transferred
 * ports (happy-dom's own postMessage does not transfer ports). A message to any other origin is dropped.
 */
export interface LinkedFrame extends EventTarget {
  parent: { postMessage: (data: unknown, targetOrigin: string) => void };
  postMessage: (data: unknown, targetOrigin: string, transfer?: MessagePort[]) => void;
  location: { origin: string };
  /** Every targetOrigin either side used, to prove "*" never is. */
  targetOrigins: string[];
}

export function linkedFrame(hostOrigin: string, frameOrigin: string): LinkedFrame {
  const frame = new EventTarget() as LinkedFrame;
  frame.targetOrigins = [];
  frame.location = { origin: frameOrigin };
  frame.parent = {
    postMessage(data, targetOrigin) {
      frame.targetOrigins.push(targetOrigin);
      if (targetOrigin !== hostOrigin) return;
      const copy: unknown = structuredClone(data);
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
    const copy: unknown = structuredClone(data);
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

/** A message arriving in the frame from any window and origin the test chooses. */
export function deliverToFrame(
  frame: LinkedFrame,
  data: unknown,
  origin: string,
  source: unknown,
  ports: MessagePort[] = [],
) {
  frame.dispatchEvent(
    new MessageEvent("message", { data, origin, source: source as never, ports }),
  );
}
