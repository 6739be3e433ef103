import { countOf, type JournalInsights } from "@rebound/core";
import type { JSX } from "react";
import { BarList } from "./bar-list";
import { strategyTitle } from "./journal-entry-card";
import { SLIP_LABEL } from "./slip-labels";

const INTERVIEW = { one: "interview", other: "interviews" };

/** Patterns across every interview in the journal: what keeps happening and what got answers. */
export function JournalInsightsPanel({ insights }: { insights: JournalInsights }): JSX.Element {
  const { interviews, recurringSlips, questionTopics, actions } = insights;
  const topQuestion = Math.max(1, ...questionTopics.map((t) => t.count));
  return (
    <section className="rb-journal-insights" aria-labelledby="journal-insights-heading">
      <h2 id="journal-insights-heading">Across your interviews</h2>
      <p>
        {countOf(interviews, INTERVIEW)} so far: {insights.outcomes.offer} with an offer,{" "}
        {insights.outcomes.rejected} without,{" "}
        {insights.outcomes.waiting + insights.outcomes.unknown} still open.
      </p>

      <h3>Slip-ups that keep coming back</h3>
      {recurringSlips.length > 0 ? (
        <BarList
          label="Recurring slip-ups, by share of interviews"
          bars={recurringSlips.map((slip) => ({
            key: slip.kind,
            label: SLIP_LABEL[slip.kind],
            fraction: slip.share,
            valueText: `${String(slip.interviews)} of ${countOf(interviews, INTERVIEW)}`,
          }))}
        />
      ) : (
        <p className="rb-muted">No slip-up has happened in more than one interview.</p>
      )}

      <h3>Topics you were not ready for</h3>
      {questionTopics.length > 0 ? (
        <BarList
          label="Unprepared question topics, by number of questions"
          bars={questionTopics.slice(0, 6).map((topic) => ({
            key: topic.topic,
            label: topic.topic,
            fraction: topic.count / topQuestion,
            valueText: countOf(topic.count, { one: "question", other: "questions" }),
          }))}
        />
      ) : (
        <p className="rb-muted">No topic has come up in more than one question yet.</p>
      )}

      <h3>Which recovery steps got answers</h3>
      {actions.length > 0 ? (
        <BarList
          label="Recovery steps, by share answered"
          bars={actions.map((action) => ({
            key: action.strategy,
            label: strategyTitle(action.strategy),
            fraction: action.rate ?? 0,
            valueText:
              action.rate === null
                ? `${action.tried} sent, waiting to hear`
                : `${action.answered} answered of ${action.tried - action.pending} settled`,
          }))}
        />
      ) : (
        <p className="rb-muted">Mark steps done on your plan to see which ones get answers.</p>
      )}
    </section>
  );
}
