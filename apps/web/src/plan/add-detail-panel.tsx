import type { DebriefDraft } from "@rebound/core";
import { Link } from "../app/link";
import { detailHref, detailSections } from "../wizard/steps";

/**
 * The questions the short path left out for this person, each with what answering it could
 * change; saving one chooses the plan again.
 */
export function AddDetailPanel({ draft }: { draft: DebriefDraft }) {
  const sections = detailSections(draft);
  if (sections.length === 0) return null;
  return (
    <section className="rb-card rb-add-detail" aria-labelledby="add-detail-heading">
      <h2 id="add-detail-heading" tabIndex={-1}>
        Add detail
      </h2>
      <p>
        This plan was chosen from your first answers. Any of these can change it; each one you save
        chooses it again.
      </p>
      <ul className="rb-add-detail__list">
        {sections.map(({ step, couldChange }) => (
          <li key={step.id}>
            <Link href={detailHref(step.id)}>{step.title}</Link>
            <p className="rb-muted">{couldChange}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Near the top of the plan: it was chosen from the first answers, and detail is further down. */
export function AddDetailJump({ draft }: { draft: DebriefDraft }) {
  if (detailSections(draft).length === 0) return null;
  return (
    <p className="rb-muted">
      Chosen from your first answers. <a href="#add-detail-heading">Add detail</a> to make it fit
      you more closely.
    </p>
  );
}
