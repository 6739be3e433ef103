import { afterEach, describe, expect, it, vi } from "vitest";
import { deliverToHost, flush, linkedFrameWindow } from "../test-support/linked-windows.js";
import { envelope } from "./envelope.js";
import { createFrameBridge, type FrameCommand } from "./frame-bridge.js";
import { createHostBridge, type HostBridge } from "./host-bridge.js";
import type { FrameEvent, InitConfig } from "./messages.js";

const HOST = "https://agency.example";
const FRAME = "https://rebound.example";
const config: InitConfig = { instance: "rb-1", key: "pk_test_abcd1234", mode: "popup" };

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.useRealTimers();
});

function setUp(timeoutMs = 10_000) {
  const frameWindow = linkedFrameWindow(HOST, FRAME);
  const events: FrameEvent[] = [];
  const host = createHostBridge({
    frameOrigin: FRAME,
    frameWindow: () => frameWindow as unknown as Window,
    config,
    onEvent: (event) => events.push(event),
    timeoutMs,
  });
  cleanups.push(() => host.destroy());
  return { frameWindow, events, host };
}

function startFrame(
  frameWindow: ReturnType<typeof linkedFrameWindow>,
  onCommand: (c: FrameCommand) => void = () => undefined,
) {
  const inits: InitConfig[] = [];
  const frame = createFrameBridge({
    hostOrigin: HOST,
    instance: "rb-1",
    frameWindow: frameWindow as unknown as Window,
    onInit: (c) => inits.push(c),
    onCommand,
  });
  cleanups.push(() => frame.destroy());
  return { frame, inits };
}

const sendAll = (host: HostBridge) =>
  Promise.all([host.send("prefill", { role: "Analyst" }), host.send("open", {})]);

describe("createHostBridge", () => {
  it("completes the handshake and delivers queued commands in order", async () => {
    const { frameWindow, events, host } = setUp();
    host.start();
    const received: string[] = [];
    const replies = sendAll(host);
    expect(host.isConnected()).toBe(false);

    const { frame, inits } = startFrame(frameWindow, (command) => {
      received.push(command.type);
    });
    await replies;
    expect(inits).toEqual([config]);
    expect(received).toEqual(["prefill", "open"]);
    expect(events.map((e) => e.type)).toEqual(["ready"]);

    frame.emit("stepChanged", { step: "interview", index: 1, total: 6 });
    frame.emit("planGenerated", { steps: 4 });
    await vi.waitFor(() =>
      expect(events.map((e) => e.type)).toEqual(["ready", "stepChanged", "planGenerated"]),
    );
    expect(frameWindow.targetOrigins).not.toContain("*");
    expect(new Set(frameWindow.targetOrigins)).toEqual(new Set([HOST, FRAME]));
  });

  it("ignores ready from a foreign origin, a foreign window or another instance", async () => {
    const { frameWindow, events, host } = setUp();
    const ready = envelope("ready", { instance: "rb-1" });
    deliverToHost(ready, "https://evil.example", frameWindow);
    deliverToHost(ready, FRAME, window);
    deliverToHost(ready, FRAME, {});
    deliverToHost(envelope("ready", { instance: "rb-2" }), FRAME, frameWindow);
    deliverToHost({ ...ready, rebound: 2 }, FRAME, frameWindow);
    await flush();
    expect(host.isConnected()).toBe(false);
    expect(events).toEqual([]);

    deliverToHost(ready, FRAME, frameWindow);
    expect(host.isConnected()).toBe(true);
  });

  it("rejects a failed reply with the frame's reason", async () => {
    const { frameWindow, host } = setUp();
    startFrame(frameWindow, () => {
      throw new Error("Nothing to reset yet.");
    });
    await expect(host.send("reset", {})).rejects.toThrow("Nothing to reset yet.");
  });

  it("reports loadFailed when the frame never says ready, counting from start()", () => {
    vi.useFakeTimers();
    const { events, host } = setUp(5_000);
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([]);
    host.start();
    vi.advanceTimersByTime(4_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events.map((e) => e.type)).toEqual(["loadFailed"]);
  });

  it("times out an unanswered call with a clear error event", async () => {
    vi.useFakeTimers();
    const { events, host } = setUp(3_000);
    const reply = host.send("open", {});
    host.start();
    vi.advanceTimersByTime(3_000);
    await expect(reply).rejects.toThrow('did not answer "open" within 3000 ms');
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "error",
        payload: { code: "timeout", message: expect.stringContaining("open") },
      }),
    );
  });

  it("stops listening once destroyed", async () => {
    const { frameWindow, host } = setUp();
    const pending = host.send("open", {});
    host.destroy();
    await expect(pending).rejects.toThrow("destroyed");
    deliverToHost(envelope("ready", { instance: "rb-1" }), FRAME, frameWindow);
    expect(host.isConnected()).toBe(false);
  });
});
