import type { FastifyInstance } from "fastify";
import { loggableError } from "../http/loggable-error.js";

export interface ShutdownOptions {
  /** How long readiness answers 503 before the listener closes: a load balancer's time to notice. */
  drainMs: number;
  /** How long in-flight requests get once the listener is closed. */
  graceMs: number;
}

export interface Shutdown {
  /**
   * Starts shutting down (`skipDrain` closes the listener at once). Asked again while draining,
   * it ends the drain now; asked again later, it changes nothing.
   */
  begin(reason: string, options?: { skipDrain?: boolean }): void;
  /** The exit code: 0 once everything closed, 1 if in-flight requests outlived the grace. */
  readonly finished: Promise<number>;
}

/** Drain, close the listener, let in-flight requests finish, close the rest (database, Redis). */
export function createShutdown(app: FastifyInstance, options: ShutdownOptions): Shutdown {
  let started = false;
  let endDrain: (() => void) | undefined;
  let finish: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (finish = resolve));

  const drain = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      endDrain = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function run(reason: string, drainMs: number): Promise<void> {
    app.lifecycle.phase = "draining";
    app.log.info({ reason, drainMs }, "draining: readiness answers 503, the listener closes next");
    if (drainMs > 0) await drain(drainMs);
    endDrain = undefined;

    app.lifecycle.phase = "closing";
    app.log.info({ graceMs: options.graceMs }, "closing the listener; in-flight requests finish");
    const grace = setTimeout(() => {
      app.log.error("in-flight requests did not finish within the grace period; exiting");
      finish(1);
    }, options.graceMs);
    try {
      await app.close();
      finish(0);
    } catch (error) {
      app.log.error({ err: loggableError(error) }, "shutdown failed");
      finish(1);
    } finally {
      clearTimeout(grace);
    }
  }

  return {
    begin(reason, { skipDrain = false } = {}) {
      if (!started) {
        started = true;
        void run(reason, skipDrain ? 0 : options.drainMs);
      } else if (endDrain !== undefined) {
        app.log.info({ reason }, "asked again: ending the drain now");
        endDrain();
      }
    },
    finished,
  };
}
