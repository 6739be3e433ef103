import { type SubmitEvent, useEffect, useRef, useState } from "react";
import { apiErrorKind } from "../embed/api-client";
import { InputField } from "../ui/input-field";

interface SignInFormProps {
  /** Exchanges the secret key for a session cookie; rejects when the key is not accepted. */
  signIn: (secretKey: string) => Promise<void>;
}

function reasonFor(error: unknown): string {
  switch (apiErrorKind(error)) {
    case "unauthorized":
      return "That secret key is not valid. Check that you copied all of it, including the sk_ at the start.";
    case "invalid":
      return "That does not look like a secret key. It starts with sk_.";
    case "offline":
      return "We could not reach Rebound. Check your connection and try again.";
    default:
      return "Signing in did not work just now. Please try again in a moment.";
  }
}

/** The agency signs in with its secret key; from then on an HttpOnly cookie carries the session. */
export function SignInForm({ signIn }: SignInFormProps) {
  const [secretKey, setSecretKey] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = secretKey.trim();
    if (key === "") {
      setError("Enter your agency's secret key.");
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await signIn(key);
    } catch (caught) {
      setError(reasonFor(caught));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="rb-dash__signin rb-card" aria-labelledby="signin-heading">
      <h1 id="signin-heading">Agency dashboard</h1>
      <p>
        Sign in with the secret key you were given when your agency was set up. Keep it private: it
        controls your widget.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <InputField
          ref={input}
          label="Secret key"
          error={error}
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={secretKey}
          onChange={(event) => setSecretKey(event.target.value)}
        />
        <button type="submit" className="rb-button" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </section>
  );
}
