import { type Step } from "@rebound/core";
import { useEffect, useRef, useState } from "react";
import { formatWindow } from "../ui/format-date";

interface MarkDoneProps {
  step: Step;
  done: boolean;
  now: Date;
  onDone: (done: boolean) => void;
}

/** A step is early until its window opens: ticking it then is more often a slip than news. */
export const isEarly = (step: Step, now: Date): boolean =>
  Date.parse(step.window.earliest) > now.getTime();

/**
 * "Mark done", which asks first when the step is not due yet: marking a message sent changes the
 * plan (the follow-up starts counting from it), so a stray tap a week early must not.
 */
export function MarkDone({ step, done, now, onDone }: MarkDoneProps) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const mark = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (asked.current) mark.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (asking)
    return (
      <div className="rb-step-card__ask" role="group" aria-label="Mark done early?">
        <p>This is planned for {formatWindow(step.window)}. Has it already happened?</p>
        <button
          ref={yes}
          type="button"
          className="rb-button"
          onClick={() => {
            onDone(true);
            setAsking(false);
          }}
        >
          Yes, it's done
        </button>
        <button
          type="button"
          className="rb-button rb-button--secondary"
          onClick={() => setAsking(false)}
        >
          Not yet
        </button>
      </div>
    );
  return (
    <button
      ref={mark}
      type="button"
      className="rb-button rb-button--secondary rb-step-card__mark"
      aria-pressed={done}
      onClick={() => (!done && isEarly(step, now) ? setAsking(true) : onDone(!done))}
    >
      <span aria-hidden="true" className="rb-step-card__tick">
        {done ? "✓" : ""}
      </span>
      Mark done
    </button>
  );
}
