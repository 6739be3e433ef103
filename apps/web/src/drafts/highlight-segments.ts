import type { Finding } from "@rebound/core";

/** A run of draft text, flagged by one or more findings or not at all. */
export interface Segment {
  text: string;
  /** Index into the findings list of the first finding covering this run; null when unflagged. */
  finding: number | null;
}

/**
 * Cut the text into plain and flagged runs for the highlight backdrop. Spans are clamped to
 * the text and overlapping spans merge into one flagged run (the earlier finding names it),
 * so the runs always concatenate back to exactly the original text.
 */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .map((f, index) => ({
      start: Math.min(f.span.start, text.length),
      end: Math.min(f.span.end, text.length),
      index,
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    if (start > cursor) segments.push({ text: text.slice(cursor, start), finding: null });
    segments.push({ text: text.slice(start, span.end), finding: span.index });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), finding: null });
  return segments;
}
