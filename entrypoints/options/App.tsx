import { useMemo, useState } from 'preact/hooks';
import { heldRule } from '../../lib/analyze/held';
import { meetsEveryRequirement } from '../../lib/analyze/fit';
import { CATALOG, certLabel } from '../../lib/watchlist/catalog';
import { fitReader } from '../../lib/watchlist/fit';
import type { Summary } from '../../lib/watchlist/summary';
import type { WatchlistClient } from '../../components/watchlist/client';
import { CertificatePathCard } from '../../components/watchlist/CertificatePathCard';
import { DataPanel } from '../../components/watchlist/DataPanel';
import { EmptyWatchlist } from '../../components/watchlist/EmptyWatchlist';
import { Filters } from '../../components/watchlist/Filters';
import { Insights } from '../../components/watchlist/Insights';
import { ProblemNotice, QuarantineNotice, ReadOnlyNotice, Welcome } from '../../components/watchlist/Notices';
import { Pager } from '../../components/watchlist/Pager';
import { ProfileEditor } from '../../components/watchlist/ProfileEditor';
import { Reminders } from '../../components/watchlist/Reminders';
import { alsoOn } from '../../lib/watchlist/duplicates-groups';
import { SyncPanel } from '../../components/watchlist/SyncPanel';
import { Toast } from '../../components/watchlist/Toast';
import { useJobActions } from '../../components/watchlist/useJobActions';
import { usePagedRows } from '../../components/watchlist/usePagedRows';
import { useWatchlist } from '../../components/watchlist/useWatchlist';
import { useKeptCv } from '../../components/watchlist/useKeptCv';
import { useStored } from '../../components/watchlist/useStored';
import { parseProfileSyncStatus } from '../../lib/watchlist/profile';
import { PROFILE_SYNC_STATUS_KEY } from '../../lib/watchlist/schema';
import { WatchlistTable } from '../../components/watchlist/WatchlistTable';
import { useAfterFirstPaint } from '../../components/watchlist/useAfterPaint';

const NONE: Summary[] = [];

export { PAGE_SIZE } from '../../lib/watchlist/query';

export function App({ client, welcome = false }: { client: WatchlistClient; welcome?: boolean }) {
  const live = useWatchlist(client);
  const actions = useJobActions(client);
  const keptCv = useKeptCv(client);
  const profileSync = useStored(client, PROFILE_SYNC_STATUS_KEY, parseProfileSyncStatus);
  const [showWelcome, setShowWelcome] = useState(welcome);
  const isHeld = useMemo(() => heldRule(live.profile.held, CATALOG), [live.profile]);
  const linked = useMemo(() => alsoOn(live.entries), [live.entries]);
  const fitOf = useMemo(() => fitReader(live.profile, CATALOG, certLabel), [live.profile]);
  const meets = useMemo(() => (s: Summary) => meetsEveryRequirement(fitOf(s)), [fitOf]);
  // Insights and the certificate path are worked out once the first rows are on screen.
  const later = useAfterFirstPaint(live.entries, NONE, live.phase === 'ready');
  const list = usePagedRows(live.entries, meets);
  const readOnly = live.readOnly !== null;
  const total = live.entries.length;
  const seenCerts = useMemo(() => list.facets.certifications.map((c) => c.value), [list.facets]);
  const { saveProfile, setSync, syncNow } = actions;
  // The side panel does not change with a filter, a sort or a keystroke in search: it is not rendered again for them.
  const side = useMemo(
    () => (
      <aside class="wl-side" aria-label="Insights, profile and data">
        <Insights entries={later} profile={live.profile} />
        <CertificatePathCard entries={later} profile={live.profile} />
        <ProfileEditor
          profile={live.profile}
          seen={seenCerts}
          onSave={saveProfile}
          sync={{ on: live.settings.sync, status: profileSync }}
          kept={keptCv}
        />
        <DataPanel client={client} entries={live.entries} readOnly={readOnly} isHeld={isHeld} fitOf={fitOf} profile={live.profile} />
        {client.reminderPermissions ? <Reminders send={client.send} permissions={client.reminderPermissions} readOnly={readOnly} /> : null}
        <SyncPanel enabled={live.settings.sync} status={live.syncStatus} readOnly={readOnly} onToggle={setSync} onSyncNow={syncNow} />
      </aside>
    ),
    [later, live.entries, live.profile, live.settings.sync, live.syncStatus, profileSync, keptCv, seenCerts, saveProfile, setSync, syncNow, client, readOnly, isHeld, fitOf],
  );

  return (
    <div class="wl-page">
      <header class="wl-header">
        <h1>Your PMO watchlist</h1>
        <p class="wl-muted">Jobs you saved with PMO Pathfinder. Everything here stays in your browser.</p>
      </header>
      {showWelcome ? <Welcome onClose={() => setShowWelcome(false)} /> : null}
      <ReadOnlyNotice message={live.readOnly} />
      <ProblemNotice message={live.problem} />
      <QuarantineNotice items={live.quarantine} onExport={() => actions.exportQuarantine(live.quarantine)} />
      <div class="wl-layout">
        <main class="wl-list" aria-labelledby="wl-list-h">
          <h2 id="wl-list-h" class="sr-only">
            Saved jobs
          </h2>
          {live.phase === 'loading' ? (
            <p role="status">Loading your saved jobs…</p>
          ) : total === 0 ? (
            <EmptyWatchlist />
          ) : (
            <>
              <Filters query={list.query} onChange={list.setQuery} facets={list.facets} shown={list.rows.length} total={total} />
              {list.rows.length ? (
                <div class="wl-table-wrap">
                  <WatchlistTable
                    rows={list.pageRows}
                    sort={list.query.sort}
                    dir={list.query.dir}
                    onSort={list.onSort}
                    isHeld={isHeld}
                    fitOf={fitOf}
                    readOnly={readOnly}
                    actions={actions.row}
                    today={list.today}
                    alsoOn={linked}
                  />
                </div>
              ) : (
                <p class="wl-empty">No saved job matches these filters.</p>
              )}
              <Pager {...list.pager} />
            </>
          )}
        </main>
        {side}
      </div>
      <Toast toast={actions.toast} onDismiss={actions.dismiss} />
    </div>
  );
}
