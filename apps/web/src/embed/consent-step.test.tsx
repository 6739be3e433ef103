import { type Debrief, parseDebrief, type ShareSummaryInput } from "@rebound/core";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ConsentStep } from "./consent-step";

function debrief(): Debrief {
  const parsed = parseDebrief({
    interview: { endedAt: "2026-11-20T10:00:00Z" },
    organisation: { name: "Northwind", role: "Data analyst" },
    candidate: { name: "Ana Lima", email: "ana@example.com" },
    reflection: { couldBeBetter: ["I blanked on the SQL question"] },
  });
  if (!parsed.ok) throw new Error("test debrief is invalid");
  return parsed.value;
}

function setUp() {
  const share = vi.fn((_summary: ShareSummaryInput) => Promise.resolve());
  const onShared = vi.fn();
  render(
    <ConsentStep
      agencyName="Harbour Recruiting"
      debrief={debrief()}
      planHeadline="Send a thank-you email (first of 4 steps)"
      share={share}
      onShared={onShared}
      onSkip={() => undefined}
    />,
  );
  const send = () =>
    userEvent.click(screen.getByRole("button", { name: "Send to Harbour Recruiting" }));
  const agree = () =>
    userEvent.click(
      screen.getByRole("checkbox", { name: "I agree to send this to Harbour Recruiting" }),
    );
  return { share, onShared, send, agree };
}

describe("the consent step", () => {
  it("sends nothing until the person ticks their agreement", async () => {
    const { share, send } = setUp();
    await send();
    expect(share).not.toHaveBeenCalled();
    expect(screen.getByText(/Tick the box to agree before anything is sent/)).toBeVisible();
    expect(screen.getByRole("checkbox", { name: /I agree/ })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });

  it("sends the summary without the raw debrief by default", async () => {
    const { share, onShared, send, agree } = setUp();
    await agree();
    await send();
    expect(share).toHaveBeenCalledTimes(1);
    const summary = share.mock.calls[0]?.[0];
    expect(summary).toEqual({
      name: "Ana Lima",
      contact: "ana@example.com",
      role: "Data analyst at Northwind",
      planHeadline: "Send a thank-you email (first of 4 steps)",
    });
    expect(summary).not.toHaveProperty("debrief");
    expect(onShared).toHaveBeenCalled();
  });

  it("includes the raw debrief only when that box is ticked too", async () => {
    const { share, send, agree } = setUp();
    await userEvent.click(screen.getByRole("checkbox", { name: "Also send my full debrief" }));
    await agree();
    await send();
    expect(share.mock.calls[0]?.[0].debrief?.reflection?.couldBeBetter).toEqual([
      "I blanked on the SQL question",
    ]);
  });

  it("asks for a way to be reached before sending", async () => {
    const { share, send, agree } = setUp();
    await userEvent.clear(screen.getByLabelText(/How they can reach you/));
    await agree();
    await send();
    expect(share).not.toHaveBeenCalled();
    expect(screen.getByText("A way to reach you is required.")).toBeVisible();
  });

  it("says so when the summary did not arrive, and lets the person try again", async () => {
    const { share, onShared, send, agree } = setUp();
    share.mockRejectedValueOnce(new Error("network down"));
    await agree();
    await send();
    expect(screen.getByRole("alert")).toHaveTextContent("Your summary was not sent");
    expect(onShared).not.toHaveBeenCalled();
    await send();
    expect(onShared).toHaveBeenCalledTimes(1);
  });
});
