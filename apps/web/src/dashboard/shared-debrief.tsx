import type { Debrief } from "@rebound/core";
import { formatDate } from "../ui/format-date";

/** One labelled list of the candidate's own notes; nothing when they wrote none. */
function Notes({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>{title}</dt>
      <dd>
        <ul>
          {items.map((item, index) => (
            // Notes are free text and may repeat; their order is their identity here.
            <li key={`${String(index)}-${item}`}>{item}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The debrief a candidate chose to include, in readable form (plain text, escaped by React). */
export function SharedDebrief({ debrief }: { debrief: Debrief }) {
  const { organisation, interview, reflection, slips, lessons } = debrief;
  return (
    <dl className="rb-dash__debrief">
      <dt>Interview</dt>
      <dd>
        {organisation.role ? `${organisation.role} at ` : ""}
        {organisation.name}, ended {formatDate(interview.endedAt, "stamp")}
      </dd>
      <Notes title="What went well" items={reflection.wentWell} />
      <Notes title="What could have gone better" items={reflection.couldBeBetter} />
      <Notes title="Slip-ups" items={slips.map((slip) => slip.what)} />
      <Notes title="Questions they were not ready for" items={lessons.unpreparedQuestions} />
      {reflection.oneChange ? (
        <>
          <dt>The one thing they would change</dt>
          <dd>{reflection.oneChange}</dd>
        </>
      ) : null}
    </dl>
  );
}
