/** How far through the debrief the person is, announced as "Step 3 of 13: …". */
export function ProgressBar({
  step,
  total,
  title,
}: {
  step: number;
  total: number;
  title: string;
}) {
  const percent = Math.round((step / total) * 100);
  return (
    <div
      className="rb-progress"
      role="progressbar"
      aria-label="Debrief progress"
      aria-valuemin={1}
      aria-valuemax={total}
      aria-valuenow={step}
      aria-valuetext={`Step ${String(step)} of ${String(total)}: ${title}`}
    >
      <div className="rb-progress__bar" style={{ width: `${String(percent)}%` }} />
    </div>
  );
}
