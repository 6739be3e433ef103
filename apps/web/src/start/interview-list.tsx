import { Link } from "../app/link";
import { interviewHref } from "../state/interviews";
import type { Session } from "../state/session";
import { ConfirmAction } from "../ui/confirm-action";
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

const nameOf = (session: Session) => session.draft.organisation?.name;

/** Every interview on this device, each opening its own debrief, plan and drafts, each deletable. */
export function InterviewList({
  interviews,
  onDelete,
}: {
  interviews: readonly Session[];
  onDelete: (id: string) => Promise<void>;
}) {
  return (
    <section className="rb-interviews" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">Your interviews</h2>
      <ul className="rb-interviews__list">
        {interviews.map((session) => {
          const { name, role } = session.draft.organisation ?? {};
          const called =
            name === undefined ? "this unnamed interview" : `your interview at ${name}`;
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
              <ConfirmAction
                label="Delete"
                name={`Delete ${nameOf(session) ?? "this unnamed interview"}`}
                question={`Delete ${called} from this device, with its plan, drafts and journal entry? This cannot be undone.`}
                confirmLabel="Yes, delete it"
                keepLabel="Keep it"
                onConfirm={() => onDelete(session.id)}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
