import { GUARD_CATALOGUE, type GuardInForce } from "@rebound/core";
import { SourcesList } from "./sources-list";

const titleOf = (id: GuardInForce["id"]) =>
  GUARD_CATALOGUE.find((guard) => guard.id === id)?.title ?? id;

/** The guards in force: what this plan (and every draft) will not do, and why. */
export function GuardsPanel({ guards }: { guards: readonly GuardInForce[] }) {
  if (guards.length === 0) return null;
  return (
    <section aria-labelledby="guards-heading">
      <h2 id="guards-heading">What we will not do</h2>
      <ul className="rb-panel-list">
        {guards.map((guard) => (
          <li key={guard.id} className="rb-card">
            <h3>{titleOf(guard.id)}</h3>
            <p>{guard.explanation}</p>
            <SourcesList sources={guard.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
