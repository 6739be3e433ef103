import { ThemeTokensSchema } from "@rebound/core";
import {
  createHostBridge,
  type FrameEvent,
  type InitConfig,
  type Prefill,
} from "@rebound/embed/protocol";
import { render } from "@testing-library/react";
import { afterEach } from "vitest";
import { CurrentDebriefProvider, useCurrentDebrief } from "../../state/current-debrief";
import { emptySession, type Session } from "../../state/session";
import { EmbedShell } from "../embed-shell";
import type { EmbedParams } from "../embed-params";
import { linkedFrame } from "./linked-frame";
import { type WidgetCalls, widgetClient } from "./widget-client";

/** One agency's widget as the tests see it: its site, our frame's origin and its key. */
export const HOST = "https://careers.harbour.example";
export const FRAME = "https://coach.rebound.example";
export const KEY = "pk_test_harbour0001";
export type Mode = InitConfig["mode"];

export const harbourParams = (mode: Mode): EmbedParams => ({
  key: KEY,
  instance: "rb-1",
  mode,
  hostOrigin: HOST,
  preview: false,
});

export const harbourConfig = (mode: Mode) => ({
  agencyName: "Harbour Recruiting",
  theme: ThemeTokensSchema.parse({ colorPrimary: "#0b5cad" }),
  copy: {
    title: "Bounce back with Harbour",
    intro: "",
    ctaLabel: "",
    ctaUrl: undefined,
    launcherLabel: "Interview coach",
  },
  modes: [mode],
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** What the frame's in-progress debrief holds, readable by label. */
function DraftProbe() {
  const { draft } = useCurrentDebrief();
  return (
    <>
      <output aria-label="organisation">{draft.organisation?.name ?? ""}</output>
      <output aria-label="ended at">{draft.interview?.endedAt ?? ""}</output>
    </>
  );
}

export interface MountOptions {
  mode?: Mode;
  prefill?: Prefill;
  session?: Session;
  calls?: WidgetCalls;
}

/**
 * The widget in its frame, connected to the real host side of the protocol as the loader runs it
 * on the agency's page (destroyed after each test).
 */
export function mountWidget({
  mode = "popup",
  prefill = { organisation: "Northwind" },
  session = emptySession(),
  calls,
}: MountOptions = {}) {
  const frame = linkedFrame(HOST, FRAME);
  const events: FrameEvent[] = [];
  const host = createHostBridge({
    frameOrigin: FRAME,
    frameWindow: () => frame as never,
    config: { instance: "rb-1", key: KEY, mode, prefill },
    onEvent: (event) => events.push(event),
  });
  host.start();
  cleanups.push(() => host.destroy());
  render(
    <CurrentDebriefProvider initial={session}>
      <EmbedShell
        params={harbourParams(mode)}
        client={widgetClient(harbourConfig(mode), calls)}
        frameWindow={frame as never}
      />
      <DraftProbe />
    </CurrentDebriefProvider>,
  );
  return { frame, events, host };
}
