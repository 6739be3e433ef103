import type { Tone } from "@rebound/core";
import { useEffect, useState } from "react";
import { loadPreferredTone, savePreferredTone } from "./draft-edits-store";

/**
 * The tone the person last chose, remembered on this device. `loaded` stays false until the
 * saved choice is read, so drafts never flash in the wrong tone first.
 */
export function usePreferredTone(): { tone: Tone; loaded: boolean; choose: (tone: Tone) => void } {
  const [state, setState] = useState<{ tone: Tone; loaded: boolean }>({
    tone: "warm",
    loaded: false,
  });
  useEffect(() => {
    let cancelled = false;
    void loadPreferredTone()
      .catch(() => null)
      .then((saved) => {
        if (!cancelled) setState((current) => ({ tone: saved ?? current.tone, loaded: true }));
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return {
    ...state,
    choose: (tone) => {
      setState({ tone, loaded: true });
      savePreferredTone(tone).catch(() => undefined);
    },
  };
}
