import type { SourceKey } from "./ids.js";
import type { SourceRef } from "./plan.js";

export interface SourceArticle {
  title: string;
  publication: string;
  author?: string;
}

/** The five articles the advice comes from, for citations in "why this step?" panels. */
export const SOURCES: Readonly<Record<SourceKey, SourceArticle>> = {
  JofA: {
    title: "How to bounce back from a poor job interview",
    publication: "Journal of Accountancy",
    author: "Eddie Huffman",
  },
  "CR-finance": {
    title: "What to Do after a Bad Finance Interview",
    publication: "Clarity Recruitment",
  },
  "CR-accounting": {
    title: "Should You Follow Up After a Bad Accounting Job Interview?",
    publication: "Clarity Recruitment",
  },
  Blog: {
    title: "What to do after a bad job interview (quoting Brooks, Stewart and Canchola)",
    publication: "Career blog",
  },
  LaReau: {
    title: "Interview Failure: Next Steps",
    publication: "Forward Motion",
    author: "Marcia LaReau",
  },
};

/** Shorthand for a citation. */
export function cite(key: SourceKey, detail: string): SourceRef {
  return { key, detail };
}

/** "Journal of Accountancy, “How to bounce back…” (Hickman)": a citation a person can read. */
export function formatCitation(ref: SourceRef): string {
  const article = SOURCES[ref.key];
  return `${article.publication}, “${article.title}” (${ref.detail})`;
}
