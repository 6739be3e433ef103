import { applyFix, countOf, type Finding } from "@rebound/core";
import { useId, useRef, type JSX, type RefObject, type UIEvent } from "react";
import { highlightSegments } from "./highlight-segments";

export interface DraftEditorProps {
  label: string;
  /** Read after the label by assistive technology only: which draft this is, when several are on screen. */
  labelContext?: string;
  value: string;
  onChange: (next: string) => void;
  findings: readonly Finding[];
  /** The text the findings belong to: when it differs from `value`, spans are stale and hidden. */
  lintedText: string;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A plain textarea over a mirrored backdrop that marks the flagged spans. The backdrop is
 * React text (never innerHTML) and hidden from assistive technology: the findings list
 * below says the same thing in words.
 */
export function DraftEditor({
  label,
  labelContext,
  value,
  onChange,
  findings,
  lintedText,
  textareaRef,
}: DraftEditorProps): JSX.Element {
  const id = useId();
  const backdrop = useRef<HTMLDivElement>(null);
  const fresh = lintedText === value;
  const shown = fresh ? findings : [];
  const syncScroll = (event: UIEvent<HTMLTextAreaElement>) => {
    if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
  };
  return (
    <div className="rb-draft-editor">
      <label htmlFor={id}>
        {label}
        {labelContext ? <span className="rb-visually-hidden">: {labelContext}</span> : null}
      </label>
      <div className="rb-draft-editor__field">
        <div
          className="rb-draft-editor__backdrop"
          ref={backdrop}
          aria-hidden="true"
          data-testid="draft-highlights"
        >
          {highlightSegments(value, shown).map((segment, index) =>
            segment.finding === null ? (
              <span key={index}>{segment.text}</span>
            ) : (
              <mark key={index}>{segment.text}</mark>
            ),
          )}
          {/* A trailing newline needs a character after it to take up a line, as in the textarea. */}
          {"\n "}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          className="rb-draft-editor__input"
          value={value}
          rows={12}
          spellCheck
          aria-describedby={`${id}-findings`}
          onChange={(event) => onChange(event.target.value)}
          onScroll={syncScroll}
        />
      </div>
      <FindingList
        id={`${id}-findings`}
        findings={shown}
        text={value}
        onFix={(finding) => onChange(applyFix(value, finding))}
      />
    </div>
  );
}

function FindingList(props: {
  id: string;
  findings: readonly Finding[];
  text: string;
  onFix: (finding: Finding) => void;
}) {
  const { id, findings, text, onFix } = props;
  return (
    <div id={id} className="rb-findings" aria-live="polite">
      {findings.length === 0 ? (
        <p className="rb-findings__clear">No problems spotted in this draft.</p>
      ) : (
        <>
          <p className="rb-findings__count">
            {countOf(findings.length, { one: "thing", other: "things" })} to look at:
          </p>
          <ul className="rb-findings__list">
            {findings.map((finding, index) => (
              <li key={`${finding.ruleId}-${finding.span.start}-${index}`} className="rb-finding">
                <p className="rb-finding__message" id={`${id}-${index}`}>
                  {finding.message}
                </p>
                {finding.span.end > finding.span.start ? (
                  <p className="rb-finding__quote">
                    <q>{text.slice(finding.span.start, finding.span.end)}</q>
                  </p>
                ) : null}
                <p className="rb-finding__suggestion">{finding.suggestion}</p>
                {finding.replacement !== undefined ? (
                  <button
                    type="button"
                    className="rb-button rb-button--small"
                    aria-describedby={`${id}-${index}`}
                    onClick={() => onFix(finding)}
                  >
                    Fix
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
