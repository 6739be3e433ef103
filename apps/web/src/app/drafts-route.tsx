import { DraftsScreen } from "../drafts/drafts-screen";
import { useCurrentDebrief } from "../state/current-debrief";
import { usePlan } from "../state/use-plan";
import { NeedsPlan } from "./needs-plan";

/** Drafts need a plan; until there is one, say how to get it. */
export function DraftsRoute() {
  const { plan, debrief } = usePlan();
  const { session } = useCurrentDebrief();
  if (!plan || !debrief) return <NeedsPlan what="drafts" />;
  return <DraftsScreen debriefId={session.id} debrief={debrief} plan={plan} />;
}
