import type { FieldIssue } from "@rebound/core";
import { useEffect, useRef } from "react";
import { Link } from "../app/link";
import { stepForPath, WIZARD_STEPS } from "./steps";

/** Core names each field it checks; a whole section left unanswered gets a generic message, so say which. */
function describe(issue: FieldIssue, step: number | null): string {
  if (!/^Invalid input|this is required/.test(issue.message)) return issue.message;
  const title = step ? WIZARD_STEPS[step - 1]?.title : undefined;
  return title ? `Answer the questions under “${title}”.` : "Some answers are missing.";
}

/** Why the plan cannot be built yet, each problem linked to the step that asks about it. */
export function MissingAnswers({ issues }: { issues: readonly FieldIssue[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      className="rb-notice"
      role="alert"
      tabIndex={-1}
      aria-labelledby="missing-heading"
    >
      <h2 id="missing-heading">A few answers are needed before the plan</h2>
      <ul>
        {issues.slice(0, 8).map((issue) => {
          const step = stepForPath(issue.path);
          return (
            <li key={`${issue.path}:${issue.message}`}>
              {describe(issue, step)}{" "}
              {step ? <Link href={`/debrief?step=${String(step)}`}>Go to step {step}</Link> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
