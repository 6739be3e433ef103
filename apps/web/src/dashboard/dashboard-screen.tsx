import type { ThemeTokens } from "@rebound/core";
import { type ReactNode, useState } from "react";
import type { Agency, SaveAgency, SharedSummary, UsageDay } from "./agency";
import { CodeBlock } from "./code-block";
import { CopyForm } from "./copy-form";
import { reactCode, snippetCode } from "./embed-code";
import { ModesForm } from "./modes-form";
import { OriginsForm } from "./origins-form";
import { SharesList } from "./shares-list";
import { ThemeForm } from "./theme-form";
import { UsageTable } from "./usage-table";
import { WidgetPreview } from "./widget-preview";

export interface DashboardData {
  usage: UsageDay[];
  shares: SharedSummary[];
}

interface DashboardScreenProps {
  agency: Agency;
  save: SaveAgency;
  /** Usage and shares, fetched once signed in; null while loading. */
  data: DashboardData | null;
  onSignOut: () => void;
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="rb-dash__panel rb-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** Everything an agency manages about its widget, one panel per concern. */
export function DashboardScreen({ agency, save, data, onSignOut }: DashboardScreenProps) {
  // What the appearance form holds right now (saved or not); null until the agency edits it.
  const [draftTheme, setDraftTheme] = useState<ThemeTokens | null>(null);
  const origin = window.location.origin;
  const mode = agency.modes[0] ?? "inline";

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
          {data ? <SharesList shares={data.shares} /> : <p role="status">Loading…</p>}
        </Panel>
        <Panel id="usage" title="Use per day (last 30 days)">
          {data ? <UsageTable days={data.usage} /> : <p role="status">Loading…</p>}
        </Panel>
        <Panel id="install" title="Add the widget to your site">
          <p>
            Paste these two lines where the coach should appear. Your publishable key is safe to
            show.
          </p>
          <CodeBlock
            label="Snippet"
            copyLabel="Copy the snippet"
            code={snippetCode(origin, agency.publishableKey, mode)}
          />
          <CodeBlock
            label="React code"
            copyLabel="Copy the React code"
            code={reactCode(origin, agency.publishableKey, mode)}
          />
        </Panel>
        <Panel id="origins" title="Allowed sites">
          <OriginsForm origins={agency.origins} save={save} />
        </Panel>
        <Panel id="appearance" title="Appearance">
          <div className="rb-dash__split">
            <ThemeForm theme={agency.theme} save={save} onDraft={setDraftTheme} />
            <div>
              <p className="rb-field__label">Live preview</p>
              <WidgetPreview
                config={{
                  agencyName: agency.name,
                  theme: draftTheme ?? agency.theme,
                  copy: agency.copy,
                  modes: agency.modes,
                }}
              />
            </div>
          </div>
        </Panel>
        <Panel id="copy" title="Wording and call to action">
          <CopyForm copy={agency.copy} save={save} />
        </Panel>
        <Panel id="modes" title="Display modes">
          <ModesForm modes={agency.modes} save={save} />
        </Panel>
      </main>
    </div>
  );
}
