import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Agency, SharedSummary } from "./agency";
import type { DashboardApi, Delivery, WebhookEndpoint } from "./dashboard-api";
import { TEST_AGENCY } from "./test-agency";
import { InstallPanel } from "./install-panel";
import { SecretKeyPanel } from "./secret-key-panel";
import { SharesPanel } from "./shares-panel";
import { WebhooksPanel } from "./webhooks-panel";

const agency: Agency = { ...TEST_AGENCY, modes: ["inline", "popup"] };

describe("the snippet for each display mode", () => {
  it("gives each mode its own snippet; the pop-up comes with a visible button to restyle", async () => {
    render(<InstallPanel agency={agency} origin="https://rebound.example" />);
    expect(screen.getByText(/data-rebound-mode="inline"/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("radio", { name: "Pop-up" }));
    const popup = screen.getByText(/data-rebound-mode="popup">/).textContent;
    expect(popup).toContain(
      '<script async src="https://rebound.example/embed/v1/snippet.js"></script>',
    );
    expect(popup).toMatch(
      /<button type="button" class="interview-help" data-rebound-key="pk_test_harbour0001" data-rebound-mode="popup">\n\s+Had a tough interview\? Talk it through\n<\/button>/,
    );
    // Or the agency's own button, opened with data-rebound-open.
    expect(screen.getByText(/data-rebound-open="coach"/)).toBeInTheDocument();
    expect(screen.getByText(/coach\.open/)).toBeInTheDocument();
  });

  it("warns when the chosen mode is switched off for this agency", async () => {
    render(<InstallPanel agency={agency} origin="https://rebound.example" />);
    await userEvent.click(screen.getByRole("radio", { name: "Floating button" }));
    expect(screen.getByText(/Floating button is switched off under “Display modes”/)).toBeVisible();
    expect(screen.getByText(/data-rebound-mode="floatingButton"/)).toBeInTheDocument();
  });
});

describe("rolling the secret key", () => {
  it("asks first, then shows the new key once with when the old one stops", async () => {
    const rollSecretKey = vi.fn(() =>
      Promise.resolve({
        secretKey: "sk_ABCDEFGHIJKLMNOP_new-secret-part-000000000000000000000000000",
        previousKeyExpiresAt: "2026-12-03T10:00:00.000Z",
      }),
    );
    render(<SecretKeyPanel api={{ rollSecretKey }} />);
    await userEvent.selectOptions(
      screen.getByLabelText("The old key"),
      "Keeps working for 24 hours",
    );
    await userEvent.click(screen.getByRole("button", { name: "Roll the secret key" }));
    expect(rollSecretKey).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent("keeps working for 24 hours");
    await userEvent.click(screen.getByRole("button", { name: "Yes, roll the secret key" }));
    expect(rollSecretKey).toHaveBeenCalledWith(1440);
    const shown = await screen.findByRole("region", { name: "Your new secret key" });
    expect(shown).toHaveTextContent("sk_ABCDEFGHIJKLMNOP_new-secret-part");
    expect(shown).toHaveTextContent("shown only this once");
    expect(shown).toHaveTextContent("The old key works until");
  });
});

const share = (id: string, name: string): SharedSummary => ({
  id,
  createdAt: "2026-11-21T09:15:00Z",
  summary: { name, contact: `${id}@example.com`, planHeadline: "Thank-you email" },
});

function sharesApi(): DashboardApi["shares"] & { removed: string[] } {
  const removed: string[] = [];
  return {
    removed,
    csvUrl: "/api/v1/agency/shares.csv",
    page: (cursor) =>
      Promise.resolve(
        cursor === null
          ? { items: [share("a", "Ana Lima"), share("b", "Ben Okafor")], nextCursor: "next" }
          : { items: [share("c", "Chidi Eze")], nextCursor: null },
      ),
    remove: (id) => {
      removed.push(id);
      return Promise.resolve();
    },
  };
}

describe("shares on the dashboard", () => {
  it("pages older summaries in, offers the CSV, and deletes one only after asking", async () => {
    const api = sharesApi();
    render(<SharesPanel api={api} />);
    await screen.findByRole("heading", { name: "Ana Lima" });
    expect(screen.getByRole("link", { name: "Download all as CSV" })).toHaveAttribute(
      "href",
      "/api/v1/agency/shares.csv",
    );
    await userEvent.click(screen.getByRole("button", { name: "Show older summaries" }));
    await screen.findByRole("heading", { name: "Chidi Eze" });
    expect(screen.queryByRole("button", { name: "Show older summaries" })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Delete Ben Okafor’s summary" }));
    expect(api.removed).toEqual([]);
    expect(screen.getByRole("alert")).toHaveTextContent("Delete Ben Okafor’s summary for good?");
    await userEvent.click(screen.getByRole("button", { name: "Delete for good" }));
    expect(api.removed).toEqual(["b"]);
    expect(await screen.findByText("Deleted.")).toBeVisible();
    expect(screen.queryByRole("heading", { name: "Ben Okafor" })).toBeNull();
  });
});

function webhooksApi(): DashboardApi["webhooks"] & { tests: number } {
  let endpoint: WebhookEndpoint | null = null;
  const deliveries: Delivery[] = [];
  const api = {
    tests: 0,
    get: () => Promise.resolve(endpoint),
    set: (url: string) => {
      const first = endpoint === null;
      endpoint = { url, createdAt: "", updatedAt: "", previousSecretExpiresAt: null };
      return Promise.resolve({ endpoint, secret: first ? "whsec_first-secret" : null });
    },
    rollSecret: () => Promise.resolve({ endpoint: endpoint!, secret: "whsec_rolled" }),
    sendTest: () => {
      api.tests += 1;
      deliveries.unshift({
        id: "msg_1",
        eventType: "webhook.test",
        status: "failed",
        attempts: 10,
        lastStatusCode: 503,
        lastError: "The endpoint answered 503.",
        createdAt: "2026-11-21T09:15:00Z",
        lastAttemptAt: null,
        nextAttemptAt: null,
        deliveredAt: null,
      });
      return Promise.resolve();
    },
    remove: () => Promise.resolve(),
    deliveries: () => Promise.resolve([...deliveries]),
  };
  return api;
}

describe("webhooks on the dashboard", () => {
  it("refuses plain http, saves an https endpoint, shows its secret once, and logs a test event", async () => {
    const api = webhooksApi();
    render(<WebhooksPanel api={api} />);
    const url = await screen.findByLabelText(/Endpoint URL/);
    await userEvent.type(url, "http://ats.example.com/hooks");
    await userEvent.click(screen.getByRole("button", { name: "Save and get the signing secret" }));
    expect(screen.getByText(/must be an https:\/\/ address/)).toBeVisible();

    await userEvent.clear(url);
    await userEvent.type(url, "https://ats.example.com/hooks");
    await userEvent.click(screen.getByRole("button", { name: "Save and get the signing secret" }));
    const secret = await screen.findByRole("region", { name: "Your webhook signing secret" });
    expect(secret).toHaveTextContent("whsec_first-secret");

    await userEvent.click(screen.getByRole("button", { name: "Send a test event" }));
    expect(api.tests).toBe(1);
    const log = await screen.findByRole("table", { name: /Webhook deliveries/ });
    const row = within(log).getByRole("row", { name: /Test event/ });
    expect(row).toHaveTextContent("Failed");
    expect(row).toHaveTextContent("The endpoint answered 503.");
  });
});
