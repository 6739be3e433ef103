import { type Disagreement, SOURCES, type SourceKey } from "@rebound/core";

/** Where the expert wrote, unless the expert is the publication (a recruiter's own blog). */
function Publication({ expert, source }: { expert: string; source: SourceKey }) {
  const { publication } = SOURCES[source];
  if (publication === expert) return null;
  return <span className="rb-muted"> ({publication})</span>;
}

/** Where the experts disagree: both sides, then the side this person's answers pick and why. */
export function DisagreementsPanel({ disagreements }: { disagreements: readonly Disagreement[] }) {
  if (disagreements.length === 0) return null;
  return (
    <section aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Where the experts disagree</h2>
      <ul className="rb-panel-list">
        {disagreements.map((disagreement) => (
          <li key={disagreement.id} className="rb-card">
            <h3>{disagreement.topic}</h3>
            <ul className="rb-sides">
              {disagreement.sides.map((side) => (
                <li key={`${side.expert}:${side.source}`}>
                  <strong>{side.expert}</strong>
                  <Publication expert={side.expert} source={side.source} />: {side.position}
                </li>
              ))}
            </ul>
            <p className="rb-pick">
              <strong>Your pick:</strong> {disagreement.pick}
            </p>
            <p className="rb-muted">{disagreement.why}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
