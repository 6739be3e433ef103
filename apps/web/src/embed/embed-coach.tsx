import type { ShareSummaryInput, TemplateId } from "@rebound/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCurrentDebrief } from "../state/current-debrief";
import { usePlan } from "../state/use-plan";
import { AgencyEnding } from "./agency-ending";
import { ConsentStep } from "./consent-step";
import { draftChannel } from "./draft-channel";
import { EmbedPlan } from "./embed-plan";
import { EmbedQuestions } from "./embed-questions";
import { planHeadline } from "./plan-headline";
import type { WidgetMode } from "@rebound/embed/protocol";
import type { EmitWidgetEvent } from "./use-frame-bridge";
import type { WidgetConfig } from "./widget-config";

type Stage = "questions" | "plan" | "consent" | "end";

export interface WidgetActions {
  share: (summary: ShareSummaryInput) => Promise<void>;
  /** Usage counts for the agency's dashboard; failures are ignored (they never block the person). */
  count: (event: "planGenerated" | "draftCopied") => void;
}

interface EmbedCoachProps {
  config: WidgetConfig;
  emit: EmitWidgetEvent;
  actions: WidgetActions;
  preview: boolean;
  /** Inline, or a modal the host opened (popup, floating button). */
  mode: WidgetMode;
  /** How many prefills the host has sent; see EmbedQuestions. */
  prefills: number;
}

/** The coach's journey inside the widget: questions, plan, an optional consented share, the agency's ending. */
export function EmbedCoach({ config, emit, actions, preview, mode, prefills }: EmbedCoachProps) {
  const { session, reset } = useCurrentDebrief();
  const { plan, debrief } = usePlan();
  const [stage, setStage] = useState<Stage>(() => (session.plannedAt ? "plan" : "questions"));
  // False only for the stage the widget opened on: focus moves when the person moves, not on load.
  const [moved, setMoved] = useState(false);
  const goTo = useCallback((next: Stage) => {
    setMoved(true);
    setStage(next);
  }, []);
  const [shared, setShared] = useState(false);
  const announcePlan = useRef(false);

  // Announced once the new plan exists (the session updates after "Build my plan").
  useEffect(() => {
    if (!announcePlan.current || !plan) return;
    announcePlan.current = false;
    emit("planGenerated", { steps: plan.steps.length });
    actions.count("planGenerated");
  }, [plan, emit, actions]);

  const onPlanned = useCallback(() => {
    announcePlan.current = true;
    goTo("plan");
  }, [goTo]);

  const onCopied = (templateId: TemplateId) => {
    if (!plan) return;
    emit("draftCopied", { channel: draftChannel(plan, templateId) });
    actions.count("draftCopied");
  };

  if (stage === "questions" || !plan || !debrief)
    return <EmbedQuestions emit={emit} onPlanned={onPlanned} prefills={prefills} />;

  const { agencyName } = config;
  switch (stage) {
    case "consent":
      return (
        <ConsentStep
          agencyName={agencyName}
          debrief={debrief}
          planHeadline={planHeadline(plan)}
          share={actions.share}
          onShared={() => {
            setShared(true);
            emit("shared", {});
            goTo("end");
          }}
          onSkip={() => goTo("end")}
        />
      );
    case "end":
      return (
        <AgencyEnding
          agencyName={agencyName}
          copy={config.copy}
          shared={shared}
          // Sent by the frame, `closed` asks the host to close its modal.
          onClose={mode === "inline" ? undefined : () => emit("closed", {})}
          preview={preview}
          onBack={() => goTo("plan")}
          onStartOver={() => {
            reset();
            setShared(false);
            goTo("questions");
          }}
        />
      );
    default:
      return (
        <EmbedPlan
          debriefId={session.id}
          plan={plan}
          debrief={debrief}
          agencyName={agencyName}
          onCopied={onCopied}
          onShare={() => goTo("consent")}
          onFinish={() => goTo("end")}
          onEdit={() => goTo("questions")}
          focusHeading={moved}
        />
      );
  }
}
