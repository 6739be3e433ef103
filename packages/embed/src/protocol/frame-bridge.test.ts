import { afterEach, describe, expect, it, vi } from "vitest";
import { flush, linkedFrameWindow } from "../test-support/linked-windows.js";
import { envelope } from "./envelope.js";
import { createFrameBridge } from "./frame-bridge.js";
import type { InitConfig } from "./messages.js";

const HOST = "https://agency.example";
const FRAME = "https://rebound.example";
const config: InitConfig = { instance: "rb-9", key: "pk_test_abcd1234", mode: "inline" };

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setUp() {
  const frameWindow = linkedFrameWindow(HOST, FRAME);
  const parentMessages: unknown[] = [];
  const post = frameWindow.parent.postMessage.bind(frameWindow.parent);
  frameWindow.parent.postMessage = (data, origin) => {
    parentMessages.push(data);
    post(data, origin);
  };
  const onInit = vi.fn();
  const frame = createFrameBridge({
    hostOrigin: HOST,
    instance: "rb-9",
    frameWindow: frameWindow as never,
    onInit,
    onCommand: () => undefined,
  });
  cleanups.push(() => frame.destroy());
  const deliver = (data: unknown, origin: string, source: unknown, ports: MessagePort[]) =>
    frameWindow.dispatchEvent(
      new MessageEvent("message", { data, origin, source: source as never, ports }),
    );
  return { frameWindow, parentMessages, onInit, frame, deliver };
}

describe("createFrameBridge", () => {
  it("announces ready to the host origin only", () => {
    const { frameWindow, parentMessages } = setUp();
    expect(frameWindow.targetOrigins).toEqual([HOST]);
    expect(parentMessages).toEqual([
      expect.objectContaining({ type: "ready", payload: { instance: "rb-9" } }),
    ]);
  });

  it("accepts init only from the host origin, the parent window, this instance, with a port", () => {
    const { frameWindow, onInit, deliver } = setUp();
    const channel = new MessageChannel();
    cleanups.push(() => channel.port1.close());
    const init = envelope("init", config);
    deliver(init, "https://evil.example", frameWindow.parent, [channel.port2]);
    deliver(init, HOST, {}, [channel.port2]);
    deliver(envelope("init", { ...config, instance: "rb-1" }), HOST, frameWindow.parent, [
      channel.port2,
    ]);
    deliver(init, HOST, frameWindow.parent, []);
    deliver(envelope("init", { ...config, key: "sk_live_secret1" }), HOST, frameWindow.parent, [
      channel.port2,
    ]);
    expect(onInit).not.toHaveBeenCalled();
    deliver(init, HOST, frameWindow.parent, [channel.port2]);
    expect(onInit).toHaveBeenCalledWith(config);
  });

  it("holds events until the handshake, then sends them in order on the port", async () => {
    const { frameWindow, frame, deliver } = setUp();
    frame.emit("resized", { height: 480 });
    frame.emit("stepChanged", { step: "feelings", index: 0, total: 5 });
    const channel = new MessageChannel();
    cleanups.push(() => channel.port1.close());
    const received: unknown[] = [];
    channel.port1.onmessage = (event: MessageEvent) => received.push(event.data);
    deliver(envelope("init", config, "m-init"), HOST, frameWindow.parent, [channel.port2]);
    await vi.waitFor(() => expect(received).toHaveLength(3));
    expect(received.map((m) => (m as { type: string }).type)).toEqual([
      "reply",
      "resized",
      "stepChanged",
    ]);
    expect(received[0]).toMatchObject({ payload: { to: "m-init", ok: true } });
    await flush();
  });
});
