import { parseDebrief } from "@rebound/core";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SharedSummary } from "./agency";
import { SharesList } from "./shares-list";

function debrief() {
  const parsed = parseDebrief({
    interview: { endedAt: "2026-11-20T10:00:00Z" },
    organisation: { name: "Northwind", role: "Data analyst" },
    reflection: {
      wentWell: ["Clear answer on the dashboard project"],
      couldBeBetter: ["Rushed the SQL question"],
    },
  });
  if (!parsed.ok) throw new Error("test debrief is invalid");
  return parsed.value;
}

const share = (id: string, summary: Partial<SharedSummary["summary"]>): SharedSummary => ({
  id,
  createdAt: "2026-11-21T09:15:00Z",
  summary: {
    name: "Ana Lima",
    contact: "ana@example.com",
    planHeadline: "Send a thank-you email",
    ...summary,
  },
});

describe("consented shares on the dashboard", () => {
  it("shows each summary, and the debrief only where the candidate included it", () => {
    render(
      <SharesList
        shares={[share("a", {}), share("b", { name: "Ben Okafor", debrief: debrief() })]}
      />,
    );
    const [ana, ben] = screen
      .getAllByRole("listitem")
      .filter((item) => item.closest("ul")?.className === "rb-dash__shares");
    expect(within(ana!).getByText("ana@example.com")).toBeVisible();
    expect(within(ana!).queryByText(/Full debrief/)).toBeNull();
    expect(within(ben!).getByText(/Full debrief/)).toBeInTheDocument();
    expect(within(ben!).getByText("Rushed the SQL question")).toBeInTheDocument();
  });

  it("shows what candidates typed as text, never as markup", () => {
    const { container } = render(
      <SharesList shares={[share("x", { name: '<img src=x onerror="alert(1)">' })]} />,
    );
    expect(screen.getByRole("heading", { name: '<img src=x onerror="alert(1)">' })).toBeVisible();
    expect(container.querySelector("img")).toBeNull();
  });

  it("says plainly when nothing has been shared yet", () => {
    render(<SharesList shares={[]} />);
    expect(screen.getByText(/No candidate has shared a summary yet/)).toBeVisible();
  });
});
