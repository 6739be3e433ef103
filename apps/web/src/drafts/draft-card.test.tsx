import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { DraftCard, type DraftCardProps } from "./draft-card";
import { draftsTestDebrief, thankYouMessage } from "./test-draft";

const NOW = Date.parse("2026-11-21T09:00:00.000Z");

/** The card as the drafts screen uses it: the body lives in the parent. */
function EditableCard(props: Partial<DraftCardProps>) {
  const message = props.message ?? thankYouMessage();
  const [body, setBody] = useState(message.body);
  return (
    <DraftCard
      message={message}
      title="Thank-you email"
      debrief={draftsTestDebrief()}
      body={body}
      edited={false}
      hold={null}
      now={NOW}
      onChange={setBody}
      onReset={() => setBody(message.body)}
      {...props}
    />
  );
}

const editor = () => screen.getByRole("textbox", { name: /edit your draft/i });

describe("DraftCard", () => {
  it("flags a misspelt interviewer name as the person types, and fixes it in one click", async () => {
    const user = userEvent.setup();
    render(<EditableCard />);
    expect(await screen.findByText("No problems spotted in this draft.")).toBeInTheDocument();

    await user.type(editor(), " Mary, it was a pleasure.");

    const finding = await screen.findByText(/"Mary" looks like a misspelling of Marie/);
    expect(within(screen.getByTestId("draft-highlights")).getByText("Mary").tagName).toBe("MARK");
    const item = finding.closest("li");
    if (!item) throw new Error("The finding is not in a list item.");
    expect(within(item).getByText('Write "Marie", exactly as they spell it.')).toBeInTheDocument();

    await user.click(within(item).getByRole("button", { name: "Fix" }));
    expect(editor()).toHaveValue(
      "Dear Marie,\n\nThank you for meeting me today. Marie, it was a pleasure.",
    );
    expect(await screen.findByText("No problems spotted in this draft.")).toBeInTheDocument();
  });

  it("copies the edited body to the clipboard and says so", async () => {
    const user = userEvent.setup();
    render(<EditableCard />);
    await user.type(editor(), " See you soon.");
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/Copied\./)).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      "Dear Marie,\n\nThank you for meeting me today. See you soon.",
    );
  });

  it("asks before copying a draft the checker still has findings on, and copies only when told", async () => {
    const user = userEvent.setup();
    await navigator.clipboard.writeText("");
    render(<EditableCard />);
    await user.type(editor(), " Mary, it was a pleasure.");
    await user.click(screen.getByRole("button", { name: "Copy" }));

    const question = screen.getByRole("group", { name: /still has 1 thing for you to look at/ });
    expect(question).toHaveTextContent("Copy it anyway?");
    // The safe answer has focus, and nothing was copied yet.
    expect(within(question).getByRole("button", { name: "Look at the draft again" })).toHaveFocus();
    await expect(navigator.clipboard.readText()).resolves.toBe("");

    await user.click(within(question).getByRole("button", { name: "Copy anyway" }));
    expect(await screen.findByText(/Copied\./)).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      "Dear Marie,\n\nThank you for meeting me today. Mary, it was a pleasure.",
    );
    expect(screen.getByRole("button", { name: "Copy" })).toHaveFocus();
  });

  it("asks before opening the mail app with findings open; Escape withdraws, 'look again' goes to the draft", async () => {
    const user = userEvent.setup();
    render(<EditableCard />);
    await user.type(editor(), " Mary, it was a pleasure.");
    const mail = screen.getByRole("link", { name: "Open in mail app" });
    const href = mail.getAttribute("href");
    await user.click(mail);

    const question = screen.getByRole("group", { name: /still has 1 thing for you to look at/ });
    expect(question).toHaveTextContent("Open it in your mail app anyway?");
    expect(within(question).getByRole("link", { name: "Open in mail app anyway" })).toHaveAttribute(
      "href",
      href,
    );
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: /still has/ })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open in mail app" })).toHaveFocus();

    await user.click(screen.getByRole("link", { name: "Open in mail app" }));
    await user.click(screen.getByRole("button", { name: "Look at the draft again" }));
    expect(editor()).toHaveFocus();
  });

  it("opens the mail app with the recipient, subject and body percent-encoded", () => {
    render(<EditableCard />);
    const link = screen.getByRole("link", { name: "Open in mail app" });
    expect(link).toHaveAttribute(
      "href",
      "mailto:marie.okafor%40harbour.example?subject=Thank%20you%20%26%20next%20steps%3F" +
        "&body=Dear%20Marie%2C%0D%0A%0D%0AThank%20you%20for%20meeting%20me%20today.",
    );
  });

  it("holds the draft during the cool-off: editable, but no copy or mail link, with a countdown", () => {
    render(<EditableCard hold={{ until: new Date(NOW + 95 * 60_000), reason: "cool-off" }} />);
    expect(screen.getByText("Held for 1 hour 35 minutes more")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Copy" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Open in mail app" })).not.toBeInTheDocument();
    expect(editor()).toBeEnabled();
  });

  it("prints a handwritten note on its own sheet, as text, and removes the sheet afterwards", async () => {
    const user = userEvent.setup();
    const message = {
      ...thankYouMessage("Dear Marie,\n\n<b>Thank you</b> for your time."),
      templateId: "handwritten-note" as const,
      strategy: "handwritten-note" as const,
      channel: "handwritten-note" as const,
      subject: null,
    };
    // The print dialog itself is the browser's; what matters is what is on the page when it opens.
    let printed: Element | null = null;
    vi.stubGlobal("print", () => {
      printed = document.body.lastElementChild;
    });
    render(<EditableCard message={message} />);
    await user.click(screen.getByRole("button", { name: "Print the note" }));
    // The checker has something to say about the typed markup: printed only when told.
    expect(printed).toBeNull();
    await user.click(screen.getByRole("button", { name: "Print anyway" }));
    expect(printed).toHaveClass("rb-print-sheet");
    expect(printed).toHaveTextContent("Dear Marie, <b>Thank you</b> for your time.");
    expect(document.querySelector("b")).toBeNull();
    window.dispatchEvent(new Event("afterprint"));
    expect(document.querySelector(".rb-print-sheet")).toBeNull();
    vi.unstubAllGlobals();
  });

  it("asks before printing a note the checker still has findings on, and prints only when told", async () => {
    const user = userEvent.setup();
    const message = {
      ...thankYouMessage("Dear Marie,\n\nThank you for your time."),
      templateId: "handwritten-note" as const,
      strategy: "handwritten-note" as const,
      channel: "handwritten-note" as const,
      subject: null,
    };
    const print = vi.fn();
    vi.stubGlobal("print", print);
    render(<EditableCard message={message} />);
    await user.type(editor(), " Mary, it was a pleasure.");
    await user.click(screen.getByRole("button", { name: "Print the note" }));

    const question = screen.getByRole("group", { name: /still has 1 thing for you to look at/ });
    expect(question).toHaveTextContent("Print it anyway?");
    expect(print).not.toHaveBeenCalled();
    await user.click(within(question).getByRole("button", { name: "Print anyway" }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole("button", { name: "Print the note" })).toHaveFocus();
    window.dispatchEvent(new Event("afterprint"));
    vi.unstubAllGlobals();
  });

  it("shows phone talking points as a card, one point per line", () => {
    const message = {
      ...thankYouMessage("- Thank them for the time\n- Say where the fit is strong"),
      templateId: "phone-talking-points" as const,
      strategy: "phone-call" as const,
      channel: "phone" as const,
      subject: null,
    };
    render(<EditableCard message={message} />);
    const card = screen.getByRole("region", { name: "Talking points for the call" });
    expect(
      within(card)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Thank them for the time", "Say where the fit is strong"]);
  });

  it("shows typed markup as text, never as HTML", async () => {
    const user = userEvent.setup();
    render(<EditableCard />);
    await user.clear(editor());
    await user.type(editor(), "<img src=x onerror=alert(1)>");
    expect(screen.getByTestId("draft-highlights")).toHaveTextContent(
      "<img src=x onerror=alert(1)>",
    );
    expect(document.querySelector("img")).toBeNull();
  });
});
