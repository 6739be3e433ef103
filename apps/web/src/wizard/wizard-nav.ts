import { createContext, useContext } from "react";

/** What a step's form needs from the wizard around it. */
export interface WizardNav {
  step: number;
  total: number;
  isLast: boolean;
  back: () => void;
  /** Words for the buttons when they do something other than Back and Next ("Back to my plan"). */
  backLabel?: string;
  submitLabel?: string;
  /** Called with the step's validated values. */
  next: (values: Record<string, unknown>) => void;
}

export const WizardNavContext = createContext<WizardNav | null>(null);

export function useWizardNav(): WizardNav {
  const nav = useContext(WizardNavContext);
  if (!nav) throw new Error("A wizard step must be rendered inside the wizard.");
  return nav;
}
