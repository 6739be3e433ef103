import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InterviewsProvider } from "../state/interviews";
import { ResumeScreen } from "./resume-screen";
import { resumeLink } from "./resume-link";

describe("resume links", () => {
  it("keeps the token in the fragment, which browsers never send to a server", () => {
    const link = new URL(
      resumeLink({ id: "3f0c", resumeToken: "tok_abc-123" }, "https://rebound.example"),
    );
    expect(link.pathname).toBe("/resume/3f0c");
    expect(link.hash).toBe("#tok_abc-123");
    expect(link.search).toBe("");
  });

  it("explains a link copied without its token, without calling the server", () => {
    render(
      <InterviewsProvider>
        <ResumeScreen id="3f0c" token="" />
      </InterviewsProvider>,
    );
    expect(
      screen.getByRole("heading", { level: 1, name: "Open your saved debrief" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("This link is incomplete");
    expect(screen.getByRole("link", { name: "Go to the start" })).toHaveAttribute("href", "/");
  });
});
