import { lintDraft, type Finding, type LintContext } from "@rebound/core";
import { useEffect, useState } from "react";

const LINT_DELAY_MS = 120;

export interface LiveLint {
  findings: Finding[];
  /** The text the findings were computed for; spans only apply to exactly this text. */
  lintedText: string;
}

/** Lint as the person types, lightly debounced so fast typing stays smooth. */
export function useLiveLint(text: string, context: LintContext): LiveLint {
  const { debrief, channel, templateId, wordLimit } = context;
  const [state, setState] = useState<LiveLint>(() => ({
    findings: lintDraft(text, context),
    lintedText: text,
  }));
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setState({
        findings: lintDraft(text, { debrief, channel, templateId, wordLimit }),
        lintedText: text,
      });
    }, LINT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, debrief, channel, templateId, wordLimit]);
  return state;
}
