import { TRPCClientError } from "@trpc/client";

/** What went wrong talking to the API, in plain words with a way forward. */
export interface ApiProblem {
  kind: "offline" | "not-found" | "too-many" | "invalid" | "server";
  message: string;
}

const OFFLINE: ApiProblem = {
  kind: "offline",
  message:
    "We could not reach Rebound’s server. Check your connection and try again. Your plan and drafts keep working on this device.",
};

function codeOf(error: TRPCClientError<never>): string | undefined {
  const data: unknown = error.data;
  if (typeof data === "object" && data !== null && "code" in data && typeof data.code === "string")
    return data.code;
  return undefined;
}

export function explainApiError(error: unknown): ApiProblem {
  if (!(error instanceof TRPCClientError)) return OFFLINE;
  switch (codeOf(error as TRPCClientError<never>)) {
    case undefined:
      // No tRPC answer at all: the network failed or something other than the API replied.
      return OFFLINE;
    case "NOT_FOUND":
      return {
        kind: "not-found",
        message:
          "This saved debrief was not found. It may have been deleted, or the link was copied only in part (it ends with a # and a long code).",
      };
    case "TOO_MANY_REQUESTS":
      return {
        kind: "too-many",
        message: "Rebound’s server is busy. Wait a minute, then try again.",
      };
    case "BAD_REQUEST":
      return {
        kind: "invalid",
        message: `The server did not accept this debrief: ${error.message} Fix that answer in the debrief, then try again.`,
      };
    default:
      return {
        kind: "server",
        message:
          "Something went wrong on Rebound’s server. Try again in a few minutes; your plan and drafts keep working on this device.",
      };
  }
}
