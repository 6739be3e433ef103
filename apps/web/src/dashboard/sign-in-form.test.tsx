import { TRPCClientError } from "@trpc/client";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SignInForm } from "./sign-in-form";

/** How the tRPC client reports the API's 401 for a wrong key. */
function unauthorized() {
  return TRPCClientError.from({
    error: {
      message: "That secret key is not valid.",
      code: -32001,
      data: { code: "UNAUTHORIZED", httpStatus: 401 },
    },
  });
}

describe("dashboard sign-in", () => {
  it("takes the key in a password field and asks for it when empty", async () => {
    const signIn = vi.fn(() => Promise.resolve());
    render(<SignInForm signIn={signIn} />);
    const field = screen.getByLabelText("Secret key");
    expect(field).toHaveAttribute("type", "password");
    expect(field).toHaveFocus();
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(signIn).not.toHaveBeenCalled();
    expect(screen.getByText("Enter your agency's secret key.")).toBeVisible();
  });

  it("explains a wrong key in plain words and keeps focus on the field", async () => {
    const signIn = vi.fn(() => Promise.reject(unauthorized()));
    render(<SignInForm signIn={signIn} />);
    await userEvent.type(screen.getByLabelText("Secret key"), "sk_live_wrong");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(signIn).toHaveBeenCalledWith("sk_live_wrong");
    expect(
      await screen.findByText(/That secret key is not valid. Check that you copied all of it/),
    ).toBeVisible();
    expect(screen.getByLabelText("Secret key")).toHaveFocus();
  });
});
