import { WebhookUrlSchema } from "@rebound/core";
import { type SubmitEvent, useState } from "react";
import { InputField } from "../ui/input-field";
import { ActionStatus, type ActionState } from "./use-action";

interface EndpointFormProps {
  url: string;
  state: ActionState;
  busy: boolean;
  /** Saves a URL core's schema accepted. */
  onSave: (url: string) => void;
}

/** Where events go: an https address, or a local one for testing, checked as the agency types. */
export function WebhookEndpointForm({ url, state, busy, onSave }: EndpointFormProps) {
  const [draft, setDraft] = useState(url);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = WebhookUrlSchema.safeParse(draft);
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) onSave(parsed.data);
  };
  return (
    <form className="rb-dash__form" noValidate onSubmit={submit}>
      <InputField
        label="Endpoint URL"
        hint="An https:// address of your system (ATS, CRM). To test on your own computer: http://localhost:PORT/… or http://127.0.0.1:PORT/…"
        error={error}
        type="url"
        inputMode="url"
        spellCheck={false}
        placeholder="https://ats.example.com/hooks/rebound"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="rb-button" disabled={busy}>
        {url === "" ? "Save and get the signing secret" : "Save endpoint"}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
