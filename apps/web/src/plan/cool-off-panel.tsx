import { formatDate } from "../ui/format-date";
import { formatRemaining } from "./format-time";

/** The cool-off as a countdown: drafts can be written now, nothing is sent until it ends. */
export function CoolOffPanel({ until, now }: { until: string; now: Date }) {
  const remaining = new Date(until).getTime() - now.getTime();
  const over = remaining <= 0;
  return (
    <section className="rb-card rb-cool-off" aria-labelledby="cool-off-heading">
      <h2 id="cool-off-heading">Cool-off</h2>
      {over ? (
        <p>
          The cool-off ended on <time dateTime={until}>{formatDate(until)}</time>. Read your drafts
          once more with fresh eyes, then send them.
        </p>
      ) : (
        <>
          <p className="rb-cool-off__countdown" role="timer" aria-live="off">
            <span className="rb-cool-off__remaining">{formatRemaining(remaining)}</span> left
          </p>
          <p>
            Your drafts are held until <time dateTime={until}>{formatDate(until)}</time>. Write and
            edit them now if it helps; send nothing before then.
          </p>
        </>
      )}
    </section>
  );
}
