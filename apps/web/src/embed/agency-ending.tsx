import type { AgencyCopy } from "@rebound/core";
import { useEffect, useRef } from "react";

interface AgencyEndingProps {
  agencyName: string;
  copy: AgencyCopy;
  shared: boolean;
  preview: boolean;
  onBack: () => void;
  onStartOver: () => void;
  /** In a modal, a way out that asks the host to close it; absent inline. */
  onClose?: (() => void) | undefined;
}

/** The end of the widget: the agency's name and its call to action, after the person's own plan. */
export function AgencyEnding({
  agencyName,
  copy,
  shared,
  preview,
  onBack,
  onStartOver,
  onClose,
}: AgencyEndingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="rb-embed__ending rb-card" aria-labelledby="ending-heading">
      <h2 id="ending-heading" ref={heading} tabIndex={-1}>
        {shared ? `Sent to ${agencyName}` : "Your plan is ready"}
      </h2>
      <p>
        {shared
          ? `${agencyName} has your summary and can get in touch. Your plan stays on this device.`
          : "Your answers and plan stay on this device. Come back any time: nothing is lost when you close this."}
      </p>
      {preview && shared ? <p className="rb-muted">This is a preview: nothing was sent.</p> : null}
      {copy.ctaUrl && copy.ctaLabel ? (
        <p>
          <a className="rb-button" href={copy.ctaUrl} target="_blank" rel="noopener noreferrer">
            {copy.ctaLabel}
          </a>
        </p>
      ) : null}
      <p className="rb-muted">Offered by {agencyName}.</p>
      <div className="rb-embed__actions">
        {onClose ? (
          <button type="button" className="rb-button" onClick={onClose}>
            Close
          </button>
        ) : null}
        <button type="button" className="rb-button rb-button--secondary" onClick={onBack}>
          Back to my plan
        </button>
        <button type="button" className="rb-button rb-button--quiet" onClick={onStartOver}>
          Start a new debrief
        </button>
      </div>
    </section>
  );
}
