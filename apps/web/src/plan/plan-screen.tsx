import { type CandidacyStatus, countOf, type StrategyId } from "@rebound/core";
import { useEffect, useRef, useState } from "react";
import { Link } from "../app/link";
import { NeedsPlan } from "../app/needs-plan";
import { SavePanel } from "../resume/save-panel";
import { useCurrentDebrief } from "../state/current-debrief";
import { usePlan } from "../state/use-plan";
import { STATUS } from "../wizard/choices";
import { formatDate } from "../ui/format-date";
import { AddDetailJump, AddDetailPanel } from "./add-detail-panel";
import { CalendarButton } from "./calendar-button";
import { CoolOffPanel } from "./cool-off-panel";
import { DisagreementsPanel } from "./disagreements-panel";
import { GuardsPanel } from "./guards-panel";
import { PlanTimeline } from "./plan-timeline";
import { useOpenAtTop } from "./open-at-top";
import { markPlanShown } from "./plan-timing";
import { StatusPicker } from "./status-picker";
import { useNow } from "./use-now";
import "./plan.css";

const statusLabel = (status: CandidacyStatus) =>
  STATUS.find((choice) => choice.value === status)?.label ?? status;

/** The recovery plan, chosen in the browser from the debrief: nothing here waits on a server. */
export function PlanScreen() {
  const { plan, debrief, progress, done, setStatus, markDone, markAnswered } = usePlan();
  const { draft } = useCurrentDebrief();
  const now = useNow(30_000);
  const [announcement, setAnnouncement] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useOpenAtTop(heading, plan !== null);

  useEffect(() => {
    if (plan) markPlanShown();
  }, [plan]);

  if (!plan || !debrief) return <NeedsPlan what="plan" />;

  const changeStatus = (status: CandidacyStatus) => {
    setStatus(status);
    setAnnouncement(`Plan updated for: ${statusLabel(status)}.`);
  };

  const recordReply = (strategy: StrategyId, answered: boolean) => {
    markAnswered(strategy, answered);
    const followUpPending =
      plan.steps.some((step) => step.strategy === "one-follow-up") && !done.has("one-follow-up");
    // A reply takes the follow-up off the plan: say so, since the step vanishes from the list.
    if (answered && followUpPending)
      setAnnouncement("They replied, so the follow-up is off your plan.");
  };

  return (
    <div className="rb-plan">
      <h1 ref={heading} tabIndex={-1}>
        Your plan
      </h1>
      <p className="rb-plan__lede">
        For your interview at <strong>{debrief.organisation.name}</strong>:{" "}
        {countOf(plan.steps.length, { one: "step", other: "steps" })}, chosen on{" "}
        <time dateTime={plan.generatedAt}>{formatDate(plan.generatedAt)}</time>.
        {debrief.timeZone ? (
          <> Messages are dated in working hours where you are ({debrief.timeZone}).</>
        ) : null}
      </p>
      <AddDetailJump draft={draft} />
      <StatusPicker status={plan.status} onChange={changeStatus} />
      <p role="status" className="rb-plan__announcement">
        {announcement}
      </p>
      {plan.coolOffUntil ? <CoolOffPanel until={plan.coolOffUntil} now={now} /> : null}
      <div className="rb-plan__actions">
        <Link className="rb-button" href="/drafts">
          Open my drafts
        </Link>
        <CalendarButton plan={plan} debrief={debrief} />
      </div>
      <PlanTimeline
        plan={plan}
        now={now}
        progress={progress}
        done={done}
        onDone={markDone}
        onAnswered={recordReply}
      />
      <AddDetailPanel draft={draft} />
      <GuardsPanel guards={plan.guards} />
      <DisagreementsPanel disagreements={plan.disagreements} />
      <SavePanel />
      <p>
        <Link href="/debrief?step=1">Change my answers</Link>
      </p>
    </div>
  );
}
