import type { AgencyCopy, ThemeTokens } from "@rebound/core";
import type { ReactNode } from "react";
import { useState } from "react";
import type { Agency, SaveAgency, UsageDay } from "./agency";
import { CopyForm } from "./copy-form";
import type { DashboardApi } from "./dashboard-api";
import { InstallPanel } from "./install-panel";
import { ModesForm } from "./modes-form";
import { OriginsForm } from "./origins-form";
import { PreviewPanel } from "./preview-panel";
import { SecretKeyPanel } from "./secret-key-panel";
import { SharesPanel } from "./shares-panel";
import { ThemeForm } from "./theme-form";
import { UsageTable } from "./usage-table";
import { WebhooksPanel } from "./webhooks-panel";

interface DashboardScreenProps {
  agency: Agency;
  save: SaveAgency;
  api: DashboardApi;
  /** Counts per day, fetched once signed in; null while loading. */
  usage: UsageDay[] | null;
  onSignOut: () => void;
}

function Panel({
  id,
  title,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  /** Across both columns on a wide screen (tables, previews). */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={`rb-dash__panel rb-card${wide ? " rb-dash__panel--wide" : ""}`}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** Everything an agency manages about its widget, one panel per concern. */
export function DashboardScreen({ agency, save, api, usage, onSignOut }: DashboardScreenProps) {
  // What the appearance and wording forms hold right now (saved or not); null until edited.
  const [draftTheme, setDraftTheme] = useState<ThemeTokens | null>(null);
  const [draftCopy, setDraftCopy] = useState<AgencyCopy | null>(null);
  const origin = window.location.origin;

  return (
    <div className="rb-dash">
      <header className="rb-dash__header">
        <div>
          <p className="rb-muted">Rebound for agencies</p>
          <h1>{agency.name}</h1>
        </div>
        <button type="button" className="rb-button rb-button--secondary" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" className="rb-dash__main">
        <Panel id="shares" title="Shared by candidates">
          <SharesPanel api={api.shares} />
        </Panel>
        <Panel id="usage" title="Use per day (last 30 days)">
          {usage ? <UsageTable days={usage} /> : <p role="status">Loading…</p>}
        </Panel>
        <Panel id="install" title="Add the widget to your site">
          <InstallPanel agency={agency} origin={origin} />
        </Panel>
        <Panel id="origins" title="Allowed sites">
          <OriginsForm origins={agency.origins} save={save} />
        </Panel>
        <Panel id="appearance" title="Appearance and wording" wide>
          <div className="rb-dash__split">
            <div>
              <ThemeForm theme={agency.theme} save={save} onDraft={setDraftTheme} />
              <h3>Wording</h3>
              <CopyForm copy={agency.copy} save={save} onDraft={setDraftCopy} />
            </div>
            <PreviewPanel
              config={{
                agencyName: agency.name,
                theme: draftTheme ?? agency.theme,
                copy: draftCopy ?? agency.copy,
                modes: agency.modes,
              }}
            />
          </div>
        </Panel>
        <Panel id="modes" title="Display modes">
          <ModesForm modes={agency.modes} save={save} />
        </Panel>
        <Panel id="webhooks" title="Webhooks" wide>
          <WebhooksPanel api={api.webhooks} />
        </Panel>
        <Panel id="secret-key" title="Secret key">
          <SecretKeyPanel api={api} />
        </Panel>
      </main>
    </div>
  );
}
