import { type Debrief, type ShareSummaryInput, ShareSummarySchema } from "@rebound/core";
import { type SubmitEvent, useEffect, useRef, useState } from "react";
import { CheckboxToggle } from "../ui/checkbox-toggle";
import { InputField } from "../ui/input-field";
import { type ConsentAnswers, initialAnswers, summaryToShare } from "./share-summary";

type Errors = Partial<Record<"name" | "contact" | "role" | "consent" | "send", string>>;

interface ConsentStepProps {
  agencyName: string;
  debrief: Debrief;
  planHeadline: string;
  /** Sends the summary; called only after the person agreed. Rejects when it did not arrive. */
  share: (summary: ShareSummaryInput) => Promise<void>;
  onShared: () => void;
  onSkip: () => void;
}

/**
 * Nothing reaches the agency until the person has seen exactly what will be sent and ticked
 * the box agreeing to it. The raw debrief is a separate, unticked choice.
 */
export function ConsentStep({
  agencyName,
  debrief,
  planHeadline,
  share,
  onShared,
  onSkip,
}: ConsentStepProps) {
  const [answers, setAnswers] = useState<ConsentAnswers>(() => initialAnswers(debrief));
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof ConsentAnswers>(field: K, value: ConsentAnswers[K]) =>
    setAnswers((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const summary = summaryToShare(answers, planHeadline, debrief);
    const parsed = ShareSummarySchema.safeParse(summary);
    const next: Errors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "name" || field === "contact" || field === "role")
          next[field] ??= issue.message;
      }
    }
    if (!consent) next.consent = `Tick the box to agree before anything is sent to ${agencyName}.`;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setSending(true);
    try {
      await share(summary);
      onShared();
    } catch {
      setErrors({ send: "Your summary was not sent. Check your connection and try again." });
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="rb-embed__consent" aria-labelledby="consent-heading">
      <h2 id="consent-heading" ref={heading} tabIndex={-1}>
        Share a summary with {agencyName}?
      </h2>
      <p>
        Only what you see below is sent, and only if you agree. Your answers otherwise stay on this
        device.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <InputField
          label="Your name"
          error={errors.name}
          autoComplete="name"
          value={answers.name}
          onChange={(event) => set("name", event.target.value)}
        />
        <InputField
          label="How they can reach you"
          hint="An email address or a phone number."
          error={errors.contact}
          autoComplete="email"
          value={answers.contact}
          onChange={(event) => set("contact", event.target.value)}
        />
        <InputField
          label="Role and organisation"
          optional
          error={errors.role}
          value={answers.role}
          onChange={(event) => set("role", event.target.value)}
        />
        <div className="rb-field">
          <p className="rb-field__label">Your plan&apos;s headline</p>
          <p className="rb-embed__headline">{planHeadline}</p>
        </div>
        <CheckboxToggle
          label="Also send my full debrief"
          hint="Everything you answered, including your notes. Leave this unticked to send the summary alone."
          checked={answers.includeDebrief}
          onChange={(checked) => set("includeDebrief", checked)}
        />
        <CheckboxToggle
          label={`I agree to send this to ${agencyName}`}
          error={errors.consent}
          checked={consent}
          onChange={(checked) => {
            setConsent(checked);
            if (checked) setErrors(({ consent: _answered, ...rest }) => rest);
          }}
        />
        {errors.send ? (
          <p className="rb-error-text" role="alert">
            {errors.send}
          </p>
        ) : null}
        <div className="rb-embed__actions">
          <button type="submit" className="rb-button" disabled={sending}>
            {sending ? "Sending…" : `Send to ${agencyName}`}
          </button>
          <button type="button" className="rb-button rb-button--secondary" onClick={onSkip}>
            Not now
          </button>
        </div>
      </form>
    </section>
  );
}
