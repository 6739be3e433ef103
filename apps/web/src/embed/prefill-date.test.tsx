import type { Prefill } from "@rebound/embed/protocol";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { emptySession, type Session } from "../state/session";
import { toLocalInputValue } from "../ui/datetime";
import { mountWidget } from "./test-support/harbour-widget";

/** The widget on its first step, with the host's loader sending `prefill` in its init. */
async function openWithPrefill(prefill: Prefill, session: Session = emptySession()) {
  const { host } = mountWidget({ mode: "inline", prefill, session });
  // The organisation arrives in the same prefill: once it shows, the prefill has been applied.
  await waitFor(() =>
    expect(screen.getByLabelText("organisation")).toHaveTextContent(prefill.organisation ?? ""),
  );
  const field = await screen.findByLabelText<HTMLInputElement>("When did the interview end?");
  return Object.assign(field, { host });
}

describe("a host's prefilled interview date", () => {
  it("shows in the interview-end field, at midday that day", async () => {
    const field = await openWithPrefill({ organisation: "Northwind", interviewDate: "2025-03-14" });
    await waitFor(() => expect(field).toHaveValue("2025-03-14T12:00"));
  });

  it("reaches the step already on screen when the host sends it later", async () => {
    const field = await openWithPrefill({ organisation: "Northwind" });
    await field.host.send("prefill", { interviewDate: "2025-03-14" });
    await waitFor(() =>
      expect(screen.getByLabelText("When did the interview end?")).toHaveValue("2025-03-14T12:00"),
    );
  });

  it("keeps the time the person already gave", async () => {
    const given = "2025-01-10T09:30:00Z";
    const session: Session = { ...emptySession(), draft: { interview: { endedAt: given } } };
    const field = await openWithPrefill(
      { organisation: "Northwind", interviewDate: "2025-03-14" },
      session,
    );
    expect(field).toHaveValue(toLocalInputValue(given));
    expect(screen.getByLabelText("ended at")).toHaveTextContent(given);
  });

  // Other shapes never reach the frame: the protocol's validator drops a prefill that is not YYYY-MM-DD.
  it.each(["2025-02-30", "2999-01-01"])(
    "ignores %s, leaving the question for the person",
    async (interviewDate) => {
      const field = await openWithPrefill({ organisation: "Northwind", interviewDate });
      expect(screen.getByLabelText("ended at")).toBeEmptyDOMElement();
      expect(field.value).not.toMatch(/^(2025-03-0[12]|2999)/);
    },
  );
});
