import { useMemo, useState } from 'preact/hooks';
import { heldRule } from '../../lib/analyze/held';
import { meetsEveryRequirement } from '../../lib/analyze/fit';
import { CATALOG, certLabel } from '../../lib/watchlist/catalog';
import { fitReader } from '../../lib/watchlist/fit';
import type { Summary } from '../../lib/watchlist/summary';
import type { WatchlistClient } from '../../components/watchlist/client';
import { EmptyWatchlist } from '../../components/watchlist/EmptyWatchlist';
import { Filters } from '../../components/watchlist/Filters';
import { ProblemNotice, QuarantineNotice, ReadOnlyNotice, Welcome } from '../../components/watchlist/Notices';
import { Pager } from '../../components/watchlist/Pager';
import { alsoOn } from '../../lib/watchlist/duplicates-groups';
import { Toast } from '../../components/watchlist/Toast';
import { useJobActions } from '../../components/watchlist/useJobActions';
import { usePagedRows } from '../../components/watchlist/usePagedRows';
import { useWatchlist } from '../../components/watchlist/useWatchlist';
import { LaterSidePanel } from '../../components/watchlist/LaterSidePanel';
import { WatchlistTable } from '../../components/watchlist/WatchlistTable';

export { PAGE_SIZE } from '../../lib/watchlist/query';

export function App({ client, welcome = false }: { client: WatchlistClient; welcome?: boolean }) {
  const live = useWatchlist(client);
  const actions = useJobActions(client);
  const [showWelcome, setShowWelcome] = useState(welcome);
  const isHeld = useMemo(() => heldRule(live.profile.held, CATALOG), [live.profile]);
  const linked = useMemo(() => alsoOn(live.entries), [live.entries]);
  const fitOf = useMemo(() => fitReader(live.profile, CATALOG, certLabel), [live.profile]);
  const meets = useMemo(() => (s: Summary) => meetsEveryRequirement(fitOf(s)), [fitOf]);
  const list = usePagedRows(live.entries, meets);
  const readOnly = live.readOnly !== null;
  const total = live.entries.length;
  const seenCerts = useMemo(() => list.facets.certifications.map((c) => c.value), [list.facets]);
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
        <LaterSidePanel
          client={client}
          entries={live.entries}
          ready={live.phase === 'ready'}
          profile={live.profile}
          seen={seenCerts}
          syncOn={live.settings.sync}
          syncStatus={live.syncStatus}
          readOnly={readOnly}
          isHeld={isHeld}
          fitOf={fitOf}
          onSaveProfile={actions.saveProfile}
          onSetSync={actions.setSync}
          onSyncNow={actions.syncNow}
        />
      </div>
      <Toast toast={actions.toast} onDismiss={actions.dismiss} />
    </div>
  );
}
