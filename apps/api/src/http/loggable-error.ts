import { DrizzleQueryError } from "drizzle-orm";

export interface LoggableError {
  type: string;
  /** SQLSTATE for a database error, Fastify's or Node's code otherwise. */
  code?: string;
  /** The failing statement, with its placeholders ($1, $2…) and never their values. */
  query?: string;
  message?: string;
}

const MAX_MESSAGE = 300;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * What a log line may say about an error. A database error's message can quote the values it
 * was given (Drizzle's "Failed query: … params: …", or PostgreSQL's `invalid input syntax for
 * type uuid: "…"`), and those values are a candidate's personal data: for those, only the error
 * type, SQLSTATE and statement text are logged. Our own errors keep a short message.
 */
export function loggableError(error: unknown): LoggableError {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause;
    const code = codeOf(cause);
    return {
      type: `DrizzleQueryError(${cause?.name ?? "unknown"})`,
      ...(code === undefined ? {} : { code }),
      query: error.query.slice(0, MAX_MESSAGE),
    };
  }
  if (!(error instanceof Error)) return { type: typeof error };
  const code = codeOf(error);
  // A driver error that escaped Drizzle (pg's DatabaseError, PGlite's) has a SQLSTATE: same rule.
  const fromDatabase = code !== undefined && /^[0-9A-Z]{5}$/.test(code) && "severity" in error;
  return {
    type: error.name,
    ...(code === undefined ? {} : { code }),
    ...(fromDatabase ? {} : { message: error.message.slice(0, MAX_MESSAGE) }),
  };
}
