import { DraftsScreen } from "../drafts/drafts-screen";
import { usePlan } from "../state/use-plan";
import { NeedsPlan } from "./needs-plan";

/** Drafts need a plan; until there is one, say how to get it. */
export function DraftsRoute() {
  const { plan, debrief } = usePlan();
  if (!plan || !debrief) return <NeedsPlan what="drafts" />;
  return <DraftsScreen debrief={debrief} plan={plan} />;
}
