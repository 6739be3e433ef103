import { type Debrief, parseDebrief } from "@rebound/core";
import { useEffect, useState } from "react";
import { Link } from "../app/link";
import { type ApiProblem, explainApiError } from "../api/explain-error";
import { useCurrentDebrief } from "../state/current-debrief";
import { useInterviews } from "../state/interviews";
import { emptySession } from "../state/session";
import { formatDate } from "../ui/format-date";

type Loading =
  | { phase: "loading" }
  | { phase: "found"; debrief: Debrief; updatedAt: string }
  | { phase: "error"; problem: ApiProblem };

const INCOMPLETE_LINK: ApiProblem = {
  kind: "not-found",
  message:
    "This link is incomplete: a resume link ends with a # and a long code. Copy the whole link and open it again.",
};

async function fetchSaved(id: string, token: string): Promise<Loading> {
  try {
    const { reboundClient } = await import("../api/client");
    const saved = await reboundClient().debriefs.get.mutate({ id, resumeToken: token });
    // The server's answer is input like any other.
    const parsed = parseDebrief(saved.debrief);
    if (!parsed.ok) return { phase: "error", problem: UNREADABLE };
    return { phase: "found", debrief: parsed.value, updatedAt: saved.updatedAt };
  } catch (error) {
    return { phase: "error", problem: explainApiError(error) };
  }
}

const UNREADABLE: ApiProblem = {
  kind: "server",
  message: "The saved debrief could not be read. Try again later, or start a new debrief.",
};

/** Opens a debrief saved on the server through its private link (`/resume/<id>#<token>`). */
export function ResumeScreen({ id, token }: { id: string; token: string }) {
  const { session } = useCurrentDebrief();
  const { adopt } = useInterviews();
  const [state, setState] = useState<Loading>(
    token ? { phase: "loading" } : { phase: "error", problem: INCOMPLETE_LINK },
  );

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void fetchSaved(id, token).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [id, token, attempt]);

  // A saved debrief becomes an interview of its own beside the others; opened again from its
  // link while it is on screen, it replaces its own copy (same id) with the saved one.
  const open = (debrief: Debrief) =>
    void adopt({
      ...emptySession(),
      ...(session.remote?.id === id ? { id: session.id, createdAt: session.createdAt } : {}),
      draft: debrief,
      plannedAt: new Date().toISOString(),
      remote: { id, resumeToken: token },
    });

  return (
    <section className="rb-card" aria-labelledby="resume-heading">
      <h1 id="resume-heading">Open your saved debrief</h1>
      {state.phase === "loading" ? <p role="status">Fetching your debrief…</p> : null}
      {state.phase === "error" ? (
        <>
          <p role="alert" className="rb-error-text">
            {state.problem.message}
          </p>
          <p className="rb-actions">
            {state.problem.kind === "offline" ||
            state.problem.kind === "server" ||
            state.problem.kind === "too-many" ? (
              <button
                type="button"
                className="rb-button"
                onClick={() => {
                  setState({ phase: "loading" });
                  setAttempt((n) => n + 1);
                }}
              >
                Try again
              </button>
            ) : null}
            <Link className="rb-button rb-button--secondary" href="/">
              Go to the start
            </Link>
          </p>
        </>
      ) : null}
      {state.phase === "found" ? (
        <>
          <p>
            Your debrief about the interview at <strong>{state.debrief.organisation.name}</strong>,
            last saved on{" "}
            <time dateTime={state.updatedAt}>{formatDate(state.updatedAt, "stamp")}</time>.
          </p>
          <p className="rb-muted">
            It is added to your interviews on this device, beside any you already have.
          </p>
          <button type="button" className="rb-button" onClick={() => open(state.debrief)}>
            Open it on this device
          </button>
        </>
      ) : null}
    </section>
  );
}
