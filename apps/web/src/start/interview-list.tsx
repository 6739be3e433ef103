import { Link } from "../app/link";
import { interviewHref } from "../state/interviews";
import type { Session } from "../state/session";
import { formatDate } from "../ui/format-date";

/** Where an interview opens: its plan once there is one, else the debrief where it was left. */
const openHref = (session: Session) =>
  interviewHref(session.plannedAt ? "/plan" : "/debrief", session.id);

function when(session: Session): string {
  const ended = session.draft.interview?.endedAt;
  return ended
    ? `Interview on ${formatDate(ended, "date")}`
    : `Debrief started on ${formatDate(session.createdAt, "date")}`;
}

/** Every interview on this device, each opening its own debrief, plan and drafts. */
export function InterviewList({ interviews }: { interviews: readonly Session[] }) {
  return (
    <section className="rb-interviews" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">Your interviews</h2>
      <ul className="rb-interviews__list">
        {interviews.map((session) => {
          const { name, role } = session.draft.organisation ?? {};
          return (
            <li key={session.id} className="rb-interviews__item">
              <Link className="rb-interviews__link" href={openHref(session)}>
                {name ?? "An interview not named yet"}
                {role ? <span className="rb-interviews__role">, {role}</span> : null}
              </Link>
              <p className="rb-interviews__meta">
                {when(session)} ·{" "}
                <strong>{session.plannedAt ? "Plan ready" : "Debrief in progress"}</strong>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
