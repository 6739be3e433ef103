import { useRef } from "react";
import { useRebound, type UseReboundOptions } from "./use-rebound.js";

export interface ReboundWidgetProps extends Omit<UseReboundOptions, "container"> {
  className?: string;
}

/**
 * `<ReboundWidget origin="…" agencyKey="pk_…" mode="inline" />`: inline mode renders the frame into
 * this component's own box; popup and floatingButton render nothing here (their chrome lives in a
 * `<rebound-widget>` on the body) and are opened by the launcher or `useRebound().open`.
 */
export function ReboundWidget({ className, ...options }: ReboundWidgetProps) {
  const container = useRef<HTMLDivElement>(null);
  useRebound({ ...options, container });
  return options.mode === "inline" ? <div ref={container} className={className} /> : null;
}
