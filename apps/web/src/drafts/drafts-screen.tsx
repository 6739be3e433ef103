import {
  draftsForPlan,
  planMessages,
  TEMPLATE_CATALOGUE,
  type Debrief,
  type Plan,
  type TemplateId,
} from "@rebound/core";
import { useMemo, type JSX } from "react";
import { DraftCard } from "./draft-card";
import { draftHold } from "./draft-hold";
import { ToneSwitch } from "./tone-switch";
import { useDraftEdits } from "./use-draft-edits";
import { useNow } from "../plan/use-now";
import { usePreferredTone } from "./use-preferred-tone";
import "./drafts.css";

export interface DraftsScreenProps {
  /** The debrief's local id: edits belong to one interview's drafts. */
  debriefId: string;
  debrief: Debrief;
  plan: Plan;
  onCopied?: (templateId: TemplateId) => void;
}

/** Every message the plan names, editable, linted as the person types. */
export function DraftsScreen({
  debriefId,
  debrief,
  plan,
  onCopied,
}: DraftsScreenProps): JSX.Element {
  const { tone, loaded: toneLoaded, choose: chooseTone } = usePreferredTone();
  const messages = useMemo(() => draftsForPlan(plan, debrief, tone), [plan, debrief, tone]);
  const windows = useMemo(
    () => new Map(planMessages(plan).map((message) => [message.templateId, message.window])),
    [plan],
  );
  const edits = useDraftEdits(
    debriefId,
    useMemo(() => messages.map((m) => m.templateId), [messages]),
  );
  // Ticks so countdowns move and held drafts unlock while the screen is open.
  const now = useNow(15_000).getTime();

  return (
    <section className="rb-drafts" aria-labelledby="drafts-heading">
      <h1 id="drafts-heading">Your drafts</h1>
      <p className="rb-drafts__intro">
        Each message your plan calls for, ready to edit. The checker reads along as you type and
        points out anything that could work against you.
      </p>
      <ToneSwitch tone={tone} onChange={chooseTone} />
      {messages.length === 0 ? (
        <p>Your plan has no messages to send right now. The steps on your plan are yours alone.</p>
      ) : null}
      {edits.loaded && toneLoaded
        ? messages.map((message) => (
            <DraftCard
              key={message.templateId}
              message={message}
              title={titleOf(message.templateId)}
              debrief={debrief}
              body={edits.bodyOf(message)}
              edited={edits.isEdited(message)}
              hold={draftHold(plan, message, now)}
              sendWindow={windows.get(message.templateId) ?? null}
              now={now}
              onChange={(body) => edits.edit(message.templateId, message.tone, body)}
              onReset={() => edits.reset(message.templateId, message.tone)}
              onCopied={onCopied}
            />
          ))
        : null}
    </section>
  );
}

function titleOf(templateId: TemplateId): string {
  return TEMPLATE_CATALOGUE.find((entry) => entry.id === templateId)?.title ?? templateId;
}
