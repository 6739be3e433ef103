import { Link } from "../app/link";
import { navigate } from "../app/router";
import { useCurrentDebrief } from "../state/current-debrief";
import "./start-screen.css";

/** The first screen: what Rebound does, the privacy promise, and one clear way in. */
export function StartScreen() {
  const { hasAnswers, session, reset } = useCurrentDebrief();
  const hasPlan = session.plannedAt !== null;

  const startAfresh = () => {
    if (hasAnswers) reset();
    navigate("/debrief?step=1");
  };

  return (
    <section className="rb-start" aria-labelledby="start-heading">
      <h1 id="start-heading">An interview went badly. Let’s work out what to do next.</h1>
      <p className="rb-start__lede">
        Rebound asks you a few calm questions about the interview, then gives you a dated plan and
        drafts of every message it needs, grounded in advice from recruiters and hiring managers.
      </p>
      <p className="rb-start__privacy">
        Your answers stay on this device unless you choose to save or share them. There is no
        account to create.
      </p>
      <div className="rb-start__actions">
        {hasAnswers ? (
          <Link className="rb-button" href={hasPlan ? "/plan" : "/debrief"}>
            {hasPlan ? "Resume my plan" : "Resume my debrief"}
          </Link>
        ) : null}
        <button
          type="button"
          className={hasAnswers ? "rb-button rb-button--secondary" : "rb-button"}
          onClick={startAfresh}
        >
          Start a debrief
        </button>
      </div>
      {hasAnswers ? (
        <p className="rb-muted">
          Starting again clears the unfinished debrief on this device. Your journal is kept.
        </p>
      ) : null}
      <p className="rb-muted">
        It takes about ten minutes. You can answer “Don’t know” to anything you are unsure of.
      </p>
    </section>
  );
}
