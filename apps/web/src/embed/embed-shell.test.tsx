import { envelope, type InitConfig } from "@rebound/embed/protocol";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CurrentDebriefProvider } from "../state/current-debrief";
import { emptySession, type Session } from "../state/session";
import { EmbedShell } from "./embed-shell";
import { wizardPath } from "../wizard/steps";
import { deliverToFrame, linkedFrame } from "./test-support/linked-frame";
import {
  FRAME,
  harbourConfig,
  harbourParams,
  HOST,
  KEY,
  mountWidget,
} from "./test-support/harbour-widget";
import { type WidgetCalls, widgetClient } from "./test-support/widget-client";

// The loader's init, as a forged message would copy it.
const init: InitConfig = {
  instance: "rb-1",
  key: KEY,
  mode: "popup",
  prefill: { organisation: "Northwind" },
};

describe("the widget's frame bridge", () => {
  it("hands shake with the host, then reports the step and the size over the private channel", async () => {
    const { frame, events, host } = mountWidget();
    await screen.findByRole("heading", { name: "Bounce back with Harbour" });
    await waitFor(() => expect(host.isConnected()).toBe(true));
    await waitFor(() =>
      expect(events.map((e) => e.type)).toEqual(
        expect.arrayContaining(["ready", "stepChanged", "resized"]),
      ),
    );
    expect(events.find((e) => e.type === "stepChanged")?.payload).toEqual({
      step: "where-things-stand",
      index: 0,
      total: wizardPath({}).length,
    });
    // ready went to the host's origin only; nothing was ever posted to "*".
    expect(frame.targetOrigins).toContain(HOST);
    expect(frame.targetOrigins).not.toContain("*");
  });

  it("asks the host to close the modal when Escape is pressed inside the frame", async () => {
    const { events } = mountWidget();
    await screen.findByRole("heading", { name: "Bounce back with Harbour" });
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(events.map((e) => e.type)).toContain("closed"));
  });

  it("applies the host's prefill from init", async () => {
    mountWidget();
    await waitFor(() =>
      expect(screen.getByLabelText("organisation")).toHaveTextContent("Northwind"),
    );
  });

  it("ignores an init that does not come from the parent window on the host's origin", async () => {
    const frame = linkedFrame(HOST, FRAME);
    render(
      <CurrentDebriefProvider initial={emptySession()}>
        <EmbedShell
          params={harbourParams("popup")}
          client={widgetClient(harbourConfig("popup"))}
          frameWindow={frame as never}
        />
      </CurrentDebriefProvider>,
    );
    await screen.findByRole("heading", { name: "Bounce back with Harbour" });
    const received: unknown[] = [];
    const foreign = new MessageChannel();
    foreign.port1.onmessage = (event) => received.push(event.data);
    deliverToFrame(frame, envelope("init", init), "https://evil.example", frame.parent, [
      foreign.port2,
    ]);
    deliverToFrame(frame, envelope("init", init), HOST, window, [foreign.port2]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    foreign.port1.close();
    expect(received).toEqual([]);
  });
});

describe("the widget's events", () => {
  it("reports the plan, then a consented share, with counts but no personal data", async () => {
    const calls: WidgetCalls = { shares: [], events: [] };
    const lastStep: Session = {
      ...emptySession(),
      // Past the end is clamped to the last step of the path.
      step: 50,
      draft: {
        // Relative to the real clock: a plan refuses an interview more than a year ago.
        interview: { endedAt: new Date(Date.now() - 3_600_000).toISOString() },
        organisation: { name: "Northwind" },
        candidate: { name: "Ana Lima", email: "ana@example.com" },
      },
    };
    const { events } = mountWidget({ session: lastStep, calls });
    await userEvent.click(await screen.findByRole("button", { name: "Build my plan" }));
    await screen.findByRole("heading", { name: "Your recovery plan" });
    await waitFor(() => expect(events.some((e) => e.type === "planGenerated")).toBe(true));
    expect(calls.events).toEqual([{ key: KEY, hostOrigin: HOST, event: "planGenerated" }]);

    await userEvent.click(
      screen.getByRole("button", { name: "Share a summary with Harbour Recruiting" }),
    );
    await userEvent.click(
      screen.getByRole("checkbox", { name: "I agree to send this to Harbour Recruiting" }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Send to Harbour Recruiting" }));
    await screen.findByRole("heading", { name: "Sent to Harbour Recruiting" });
    expect(calls.shares).toEqual([
      expect.objectContaining({
        key: KEY,
        hostOrigin: HOST,
        consent: true,
        summary: expect.objectContaining({ name: "Ana Lima" }),
      }),
    ]);
    await waitFor(() => expect(events.map((e) => e.type)).toContain("shared"));
    // In a modal, the ending offers a way out that asks the host to close.
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    await waitFor(() => expect(events.map((e) => e.type)).toContain("closed"));
    // Events carry ids and counts only: nothing the candidate typed.
    expect(JSON.stringify(events)).not.toMatch(/Ana|Northwind|example\.com/);
  });
});
