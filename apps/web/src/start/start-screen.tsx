import { useInterviews } from "../state/interviews";
import { InterviewList } from "./interview-list";
import { useInterviewList } from "./use-interview-list";
import "./start-screen.css";

/** The first screen: what Rebound does, the privacy promise, the interviews so far and one clear way in. */
export function StartScreen() {
  const { start } = useInterviews();
  const { interviews, remove } = useInterviewList();

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
        <button type="button" className="rb-button" onClick={start}>
          Start a debrief
        </button>
      </div>
      <p className="rb-muted">
        A first plan takes a few minutes, and you can add detail to it afterwards. You can answer
        “Don’t know” to anything you are unsure of.
        {interviews && interviews.length > 0
          ? " A new debrief is added beside your other interviews; nothing is cleared."
          : null}
      </p>
      {interviews && interviews.length > 0 ? (
        <InterviewList interviews={interviews} onDelete={remove} />
      ) : null}
    </section>
  );
}
