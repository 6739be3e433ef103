import { ThemeTokensSchema } from "@rebound/core";
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CurrentDebriefProvider } from "../state/current-debrief";
import { emptySession } from "../state/session";
import { EmbedShell } from "./embed-shell";
import type { EmbedParams } from "./embed-params";
import { deliverToFrame, linkedFrame } from "./test-support/linked-frame";
import { widgetClient } from "./test-support/widget-client";
import { PREVIEW_MESSAGE, PREVIEW_READY, type WidgetConfig } from "./widget-config";

const OURS = "https://coach.rebound.example";
const config: WidgetConfig = {
  agencyName: "Harbour Recruiting",
  theme: ThemeTokensSchema.parse({ colorPrimary: "#8a1538" }),
  copy: { title: "Preview title", intro: "", ctaLabel: "", launcherLabel: "Interview coach" },
  modes: ["inline"],
};

afterEach(() => {
  document.documentElement.removeAttribute("style");
});

function mount(params: EmbedParams, frame = linkedFrame(OURS, OURS)) {
  render(
    <CurrentDebriefProvider initial={emptySession()}>
      <EmbedShell params={params} client={widgetClient(config)} frameWindow={frame as never} />
    </CurrentDebriefProvider>,
  );
  return frame;
}

describe("the dashboard's live preview", () => {
  const preview: EmbedParams = {
    key: null,
    instance: null,
    mode: "inline",
    hostOrigin: OURS,
    preview: true,
  };

  it("asks its parent for the settings, on our origin only", async () => {
    const frame = linkedFrame(OURS, OURS);
    const posted = vi.spyOn(frame.parent, "postMessage");
    mount(preview, frame);
    await vi.waitFor(() => expect(posted).toHaveBeenCalledWith({ type: PREVIEW_READY }, OURS));
  });

  it("takes draft settings only from its parent on our origin, and only when they pass the schemas", async () => {
    const frame = mount(preview);
    deliverToFrame(frame, { type: PREVIEW_MESSAGE, config }, "https://evil.example", frame.parent);
    deliverToFrame(frame, { type: PREVIEW_MESSAGE, config }, OURS, {});
    const hostile = {
      ...config,
      theme: { ...config.theme, colorPrimary: "red;}body{display:none" },
    };
    deliverToFrame(frame, { type: PREVIEW_MESSAGE, config: hostile }, OURS, frame.parent);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole("status")).toHaveTextContent("Loading the coach");

    deliverToFrame(frame, { type: PREVIEW_MESSAGE, config }, OURS, frame.parent);
    await screen.findByRole("heading", { name: "Preview title" });
    expect(document.documentElement.style.getPropertyValue("--rb-color-primary")).toBe("#8a1538");
  });
});

describe("enabled modes", () => {
  it("refuse to start the coach in a mode the agency switched off", async () => {
    mount({
      key: "pk_test_harbour0001",
      instance: null,
      mode: "popup",
      hostOrigin: null,
      preview: false,
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "switched off this way of showing the coach",
    );
  });
});
