import { useCurrentDebrief } from "../state/current-debrief";
import { Link } from "./link";

/** What a plan-dependent screen shows before a plan exists: a plain explanation and the way forward. */
export function NeedsPlan({ what }: { what: "plan" | "drafts" }) {
  const { hasAnswers, complete } = useCurrentDebrief();
  return (
    <section aria-labelledby="needs-plan-heading" className="rb-card">
      <h1 id="needs-plan-heading">{what === "plan" ? "No plan yet" : "No drafts yet"}</h1>
      <p>
        {what === "plan" ? "Your plan" : "Your drafts"} will appear here once you have answered a
        few questions about the interview.
      </p>
      <p>
        <Link className="rb-button" href="/debrief">
          {complete
            ? "Review and build my plan"
            : hasAnswers
              ? "Continue my debrief"
              : "Start my debrief"}
        </Link>
      </p>
    </section>
  );
}
