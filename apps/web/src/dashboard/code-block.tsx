import { useId, useState } from "react";
import { copyText } from "../drafts/copy-text";

/** A read-only block of code with a copy button that says whether the copy worked. */
export function CodeBlock({
  label,
  copyLabel,
  code,
}: {
  label: string;
  copyLabel: string;
  code: string;
}) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  const id = useId();
  return (
    <div className="rb-dash__code">
      <p className="rb-field__label" id={`${id}-label`}>
        {label}
      </p>
      <pre aria-labelledby={`${id}-label`} tabIndex={0}>
        <code>{code}</code>
      </pre>
      <button
        type="button"
        className="rb-button rb-button--secondary"
        onClick={() => void copyText(code).then((ok) => setResult(ok ? "copied" : "failed"))}
      >
        {copyLabel}
      </button>
      <span role="status" className="rb-dash__status">
        {result === "copied"
          ? "Copied."
          : result === "failed"
            ? "Copying was blocked: select the code and copy it by hand."
            : ""}
      </span>
    </div>
  );
}
