import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Agency, AgencyPatch } from "./agency";
import { TEST_AGENCY } from "./test-agency";
import { CopyForm } from "./copy-form";
import { ModesForm } from "./modes-form";
import { OriginsForm } from "./origins-form";
import { ThemeForm } from "./theme-form";

const agency = TEST_AGENCY;

/** The save the dashboard passes down: records each patch and answers like agency.update. */
function recordingSave() {
  return vi.fn((patch: AgencyPatch) => Promise.resolve({ ...agency, ...patch } as Agency));
}

describe("allowed sites", () => {
  it("refuses a path, plain http or a wildcard, saying why, and saves nothing", async () => {
    const save = recordingSave();
    render(<OriginsForm origins={agency.origins} save={save} />);
    await userEvent.click(screen.getByRole("button", { name: "Add a site" }));
    await userEvent.type(screen.getByLabelText("Site 2"), "http://jobs.example.com/apply");
    await userEvent.click(screen.getByRole("button", { name: "Save sites" }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Site 2")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(/An origin looks like https:\/\/careers.example.com/)).toBeVisible();
  });

  it("saves the cleaned list and confirms", async () => {
    const save = recordingSave();
    render(<OriginsForm origins={agency.origins} save={save} />);
    await userEvent.click(screen.getByRole("button", { name: "Add a site" }));
    await userEvent.type(screen.getByLabelText("Site 2"), " https://www.harbour.example ");
    await userEvent.click(screen.getByRole("button", { name: "Add a site" }));
    await userEvent.click(screen.getByRole("button", { name: "Save sites" }));
    expect(save).toHaveBeenCalledWith({
      origins: ["https://careers.harbour.example", "https://www.harbour.example"],
    });
    expect(await screen.findByText("Saved.")).toBeVisible();
  });

  it("shows the server's reason when saving fails", async () => {
    const save = vi.fn(() => Promise.reject(new Error("offline")));
    render(<OriginsForm origins={agency.origins} save={save} />);
    await userEvent.click(screen.getByRole("button", { name: "Save sites" }));
    expect(await screen.findByText(/Not saved/)).toBeVisible();
  });
});

describe("appearance", () => {
  it("rejects a colour that is not hex, and previews only valid themes", async () => {
    const save = recordingSave();
    const onDraft = vi.fn();
    render(<ThemeForm theme={agency.theme} save={save} onDraft={onDraft} />);
    const primary = screen.getByLabelText("Primary colour (buttons, links)");
    await userEvent.clear(primary);
    await userEvent.type(primary, "red;}}body{{");
    await userEvent.click(screen.getByRole("button", { name: "Save appearance" }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText("Primary colour must be a hex colour such as #1a73e8.")).toBeVisible();
    expect(
      onDraft.mock.calls.every(([theme]) =>
        /^#[0-9a-f]+$/i.test((theme as { colorPrimary: string }).colorPrimary),
      ),
    ).toBe(true);
  });

  it("warns about low contrast and saves the validated tokens", async () => {
    const save = recordingSave();
    render(<ThemeForm theme={agency.theme} save={save} onDraft={() => undefined} />);
    const text = screen.getByLabelText("Text colour");
    await userEvent.clear(text);
    await userEvent.type(text, "#dddddd");
    expect(screen.getByText(/Text on the background is 1\.\d:1/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Save appearance" }));
    expect(save).toHaveBeenCalledWith({ theme: { ...agency.theme, colorText: "#dddddd" } });
  });
});

describe("wording and call to action", () => {
  it("needs both a label and an https link for the call to action", async () => {
    const save = recordingSave();
    render(<CopyForm copy={agency.copy} save={save} />);
    await userEvent.type(screen.getByLabelText(/Call-to-action button label/), "Book a call");
    await userEvent.click(screen.getByRole("button", { name: "Save wording" }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText(/needs both a label and a link/)).toBeVisible();

    await userEvent.type(screen.getByLabelText(/Call-to-action link/), "javascript:alert(1)");
    await userEvent.click(screen.getByRole("button", { name: "Save wording" }));
    expect(save).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText(/Call-to-action link/));
    await userEvent.type(
      screen.getByLabelText(/Call-to-action link/),
      "https://harbour.example/call",
    );
    await userEvent.click(screen.getByRole("button", { name: "Save wording" }));
    expect(save).toHaveBeenCalledWith({
      copy: {
        title: "Bounce back",
        intro: "",
        ctaLabel: "Book a call",
        ctaUrl: "https://harbour.example/call",
        launcherLabel: "Interview coach",
      },
    });
  });

  it("previews the wording as typed, and the launcher label with it", async () => {
    const onDraft = vi.fn();
    render(<CopyForm copy={agency.copy} save={recordingSave()} onDraft={onDraft} />);
    const label = screen.getByLabelText(/Floating button label/);
    await userEvent.clear(label);
    await userEvent.type(label, "Talk it through");
    expect(onDraft).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: "Bounce back", launcherLabel: "Talk it through" }),
    );
  });
});

describe("display modes", () => {
  it("keeps at least one mode", async () => {
    const save = recordingSave();
    render(<ModesForm modes={["inline"]} save={save} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Inline" }));
    await userEvent.click(screen.getByRole("button", { name: "Save modes" }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText("Enable at least one widget mode.")).toBeVisible();
    await userEvent.click(screen.getByRole("checkbox", { name: "Pop-up" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Floating button" }));
    await userEvent.click(screen.getByRole("button", { name: "Save modes" }));
    expect(save).toHaveBeenCalledWith({ modes: ["popup", "floatingButton"] });
  });
});
