import { formatDate } from "../ui/format-date";
import type { UsageDay } from "./agency";

const COLUMNS = [
  { key: "plansBuilt", label: "Plans built" },
  { key: "draftsCopied", label: "Drafts copied" },
  { key: "shares", label: "Shares" },
] as const;

/**
 * Counts per day as a real table (screen readers read the numbers), with a small bar in each
 * cell for a glance; the bars are decoration and hidden from assistive technology.
 */
export function UsageTable({ days }: { days: readonly UsageDay[] }) {
  if (days.length === 0)
    return <p>No activity yet. Counts appear here once candidates use the widget.</p>;
  const max = Math.max(1, ...days.flatMap((day) => COLUMNS.map((column) => day[column.key])));
  return (
    // Focusable so keyboard users can scroll it sideways on a very narrow screen.
    <div className="rb-dash__table-wrap" role="region" aria-label="Daily counts" tabIndex={0}>
      <table className="rb-dash__table">
        <caption className="rb-visually-hidden">Widget use per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">
                {formatDate(`${day.day.slice(0, 10)}T00:00:00Z`, "day", { timeZone: "UTC" })}
              </th>
              {COLUMNS.map((column) => (
                <td key={column.key}>
                  <span className="rb-dash__count">{day[column.key]}</span>
                  <meter
                    className="rb-dash__bar"
                    aria-hidden="true"
                    min={0}
                    max={max}
                    value={day[column.key]}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
