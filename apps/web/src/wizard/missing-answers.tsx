import type { FieldIssue } from "@rebound/core";
import { useEffect, useRef } from "react";
import { Link } from "../app/link";
import { useCurrentDebrief } from "../state/current-debrief";
import { detailHref, stepHref, whereAsked } from "./steps";

type Asked = ReturnType<typeof whereAsked>;

/** Core names each field it checks; a whole section left unanswered gets a generic message, so say which. */
function describe(issue: FieldIssue, asked: Asked): string {
  if (!/^Invalid input|this is required/.test(issue.message)) return issue.message;
  return asked ? `Answer the questions under “${asked.step.title}”.` : "Some answers are missing.";
}

function GoTo({ asked }: { asked: Asked }) {
  if (!asked) return null;
  return asked.number === null ? (
    <Link href={detailHref(asked.step.id)}>Go to “{asked.step.title}”</Link>
  ) : (
    <Link href={stepHref(asked.number)}>Go to step {asked.number}</Link>
  );
}

/** Why the plan cannot be built yet, each problem linked to the step that asks about it. */
export function MissingAnswers({ issues }: { issues: readonly FieldIssue[] }) {
  const { draft } = useCurrentDebrief();
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
          const asked = whereAsked(issue.path, draft);
          return (
            <li key={`${issue.path}:${issue.message}`}>
              {describe(issue, asked)} <GoTo asked={asked} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
