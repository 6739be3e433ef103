/**
 * A counter under a field: the visible count, and a polite live region that speaks only when the
 * message changes (near the limit, over it, the list full), never on every keystroke.
 */
export function LimitStatus({
  id,
  shown,
  announced,
  level,
}: {
  id: string;
  shown: string;
  announced: string;
  level: "ok" | "near" | "over";
}) {
  return (
    <>
      <p id={id} className={`rb-field__count rb-field__count--${level}`}>
        {shown}
      </p>
      <p role="status" className="rb-visually-hidden">
        {announced}
      </p>
    </>
  );
}
