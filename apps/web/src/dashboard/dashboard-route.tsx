import { useCallback, useEffect, useMemo, useState } from "react";
import { apiErrorKind, createApiClient } from "../embed/api-client";
import type { Agency, AgencyPatch, UsageDay } from "./agency";
import { dashboardApi } from "./dashboard-api";
import { DashboardScreen } from "./dashboard-screen";
import { SignInForm } from "./sign-in-form";
import "./dashboard.css";

type Session =
  | { status: "checking" }
  | { status: "signedOut"; notice?: string }
  | { status: "signedIn"; agency: Agency };

/**
 * `/dashboard`: sign in with the secret key, then manage the widget. The session is an HttpOnly,
 * SameSite cookie set by the server; this page never stores the key.
 */
export function DashboardRoute() {
  const client = useMemo(() => createApiClient(), []);
  const api = useMemo(() => dashboardApi(client), [client]);
  const [session, setSession] = useState<Session>({ status: "checking" });
  const [usage, setUsage] = useState<UsageDay[] | null>(null);

  // Whether the session cookie (which this page cannot read) is still good: ask for the agency.
  const loadAgency = useCallback(
    () =>
      client.agency.get.query().then(
        (agency) => setSession({ status: "signedIn", agency }),
        (error: unknown) => {
          const notice =
            apiErrorKind(error) === "unauthorized"
              ? undefined
              : "We could not check your session. Sign in again.";
          setSession({ status: "signedOut", ...(notice ? { notice } : {}) });
        },
      ),
    [client],
  );

  useEffect(() => {
    void loadAgency();
  }, [loadAgency]);

  const signedInAs = session.status === "signedIn" ? session.agency.id : null;
  useEffect(() => {
    if (signedInAs === null) return;
    let cancelled = false;
    client.agency.usage
      .query({ days: 30 })
      .then((days) => {
        if (!cancelled) setUsage(days);
      })
      .catch(() => {
        if (!cancelled) setUsage([]);
      });
    return () => {
      cancelled = true;
    };
  }, [client, signedInAs]);

  const save = useCallback(
    async (patch: AgencyPatch) => {
      const agency = await client.agency.update.mutate(patch);
      setSession({ status: "signedIn", agency });
      return agency;
    },
    [client],
  );

  const signOut = async () => {
    await client.dashboard.signOut.mutate().catch(() => undefined);
    setUsage(null);
    setSession({ status: "signedOut", notice: "You are signed out." });
  };

  if (session.status === "checking") return <p role="status">Loading the dashboard…</p>;
  if (session.status === "signedOut") {
    return (
      <main id="main" className="rb-dash rb-dash--narrow">
        {session.notice ? (
          <p role="status" className="rb-notice">
            {session.notice}
          </p>
        ) : null}
        <SignInForm
          signIn={async (secretKey) => {
            await client.dashboard.signIn.mutate({ secretKey });
            await loadAgency();
          }}
        />
      </main>
    );
  }
  return (
    <DashboardScreen
      agency={session.agency}
      save={save}
      api={api}
      usage={usage}
      onSignOut={() => void signOut()}
    />
  );
}
