import { SOURCES, type SourceRef } from "@rebound/core";

/** Citations: the article, its publication, and who in it said so. */
export function SourcesList({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul className="rb-sources" aria-label="Sources">
      {sources.map((source) => {
        const article = SOURCES[source.key];
        return (
          <li key={`${source.key}:${source.detail}`}>
            <cite>{article.title}</cite>, {article.publication}
            {source.detail ? ` (${source.detail})` : null}
          </li>
        );
      })}
    </ul>
  );
}
