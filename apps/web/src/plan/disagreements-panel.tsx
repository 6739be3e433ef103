import { type Disagreement, SOURCES } from "@rebound/core";

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
                  <strong>{side.expert}</strong>{" "}
                  <span className="rb-muted">({SOURCES[side.source].publication})</span>:{" "}
                  {side.position}
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
