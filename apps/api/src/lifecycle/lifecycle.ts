/**
 * Where the server is in its life: serving; draining (readiness answers 503 so a load balancer
 * stops sending, but the listener still serves whatever comes); closing (the listener is closed
 * and in-flight requests finish).
 */
export type Phase = "serving" | "draining" | "closing";

export interface Lifecycle {
  phase: Phase;
}
