import { TRPCError } from "@trpc/server";
import type { RateLimiter } from "./rate-limiter.js";
import { waitInWords } from "./wait-in-words.js";

/**
 * Shares are counted per agency, not per caller: a publishable key is public, so anyone could
 * otherwise fill an agency's inbox from as many addresses as they have.
 */
export function shareCounter(limiter: RateLimiter): (agencyId: string) => Promise<void> {
  return async (agencyId) => {
    const verdict = await limiter.take("shares", agencyId, 1);
    if (verdict.allowed) return;
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: `Too many shares for this agency right now: try again in ${waitInWords(verdict.resetInSeconds)}.`,
    });
  };
}
