import { useEffect, useRef } from "react";
import { CodeBlock } from "./code-block";

/**
 * A secret the server shows this once (a new secret key, a webhook signing secret): in a block
 * to copy, with a plain warning. Focus moves to it, so a screen reader hears it appear.
 */
export function OneTimeSecret({
  label,
  value,
  note,
}: {
  label: string;
  value: string;
  note: string;
}) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  return (
    <div
      ref={region}
      className="rb-notice rb-dash__secret"
      tabIndex={-1}
      role="region"
      aria-label={label}
    >
      <p>
        <strong>Copy it now: it is shown only this once.</strong> {note}
      </p>
      <CodeBlock label={label} copyLabel="Copy" code={value} />
    </div>
  );
}
