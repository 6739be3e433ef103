import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { explainApiError } from "./explain-error";

// Errors as the tRPC client builds them from what the API sends back.
const fromServer = (code: string, message = "Bad input.") =>
  TRPCClientError.from({ error: { code: -32600, message, data: { code, httpStatus: 400 } } });

describe("explainApiError", () => {
  it("treats a failed request (no answer from the API) as being offline, and says the coach still works", () => {
    const problem = explainApiError(TRPCClientError.from(new TypeError("Failed to fetch")));
    expect(problem.kind).toBe("offline");
    expect(problem.message).toContain("keep working on this device");
  });

  it("explains a missing saved debrief without saying whether the id or the token was wrong", () => {
    const problem = explainApiError(fromServer("NOT_FOUND"));
    expect(problem.kind).toBe("not-found");
    expect(problem.message).toMatch(/deleted|copied only in part/);
  });

  it("asks the person to wait when rate-limited", () => {
    expect(explainApiError(fromServer("TOO_MANY_REQUESTS")).kind).toBe("too-many");
  });

  it("passes on the server's own words about an input it refused", () => {
    const problem = explainApiError(
      fromServer("BAD_REQUEST", "organisation.name: Organisation name is required."),
    );
    expect(problem.message).toContain("Organisation name is required.");
  });

  it("never shows an internal error's details", () => {
    expect(
      explainApiError(fromServer("INTERNAL_SERVER_ERROR", "stack trace")).message,
    ).not.toContain("stack");
  });
});
