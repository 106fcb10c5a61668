import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Profile } from '@/lib/analysis';
import { exportFileName, exportQuarantineJson } from '@/lib/watchlist/export';
import { effectiveHeld } from '@/lib/watchlist/insights';
import { applyQuery, DEFAULT_QUERY, type SortKey, type WatchlistQuery } from '@/lib/watchlist/query';
import type { Status, StoredEntry } from '@/lib/watchlist/schema';
import { readSnapshot } from '@/lib/watchlist/store';
import { CATALOG } from '@/components/watchlist/catalog';
import type { WatchlistClient } from '@/components/watchlist/client';
import { DataPanel } from '@/components/watchlist/DataPanel';
import { Filters } from '@/components/watchlist/Filters';
import { Insights } from '@/components/watchlist/Insights';
import { ProblemNotice, QuarantineNotice, ReadOnlyNotice, Welcome } from '@/components/watchlist/Notices';
import { Pager } from '@/components/watchlist/Pager';
import { ProfileEditor } from '@/components/watchlist/ProfileEditor';
import { SyncPanel } from '@/components/watchlist/SyncPanel';
import { Toast, type ToastMessage } from '@/components/watchlist/Toast';
import { useWatchlist } from '@/components/watchlist/useWatchlist';
import { WatchlistTable } from '@/components/watchlist/WatchlistTable';
import { errorText } from '@/lib/errors';

export const PAGE_SIZE = 50;

/** Typing runs the filter once the reader pauses, not on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}

export function App({ client, welcome = false }: { client: WatchlistClient; welcome?: boolean }) {
  const live = useWatchlist(client);
  const { send } = client;
  const [query, setQueryState] = useState<WatchlistQuery>(DEFAULT_QUERY);
  const [page, setPage] = useState(1);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [showWelcome, setShowWelcome] = useState(welcome);
  const readOnly = live.readOnly !== null;

  const setQuery = (q: WatchlistQuery) => {
    setQueryState(q);
    setPage(1);
  };
  const dismiss = useCallback(() => setToast(null), []);
  const loadSnapshot = useCallback((id: string) => readSnapshot(client.area, id), [client]);
  const fail = (err: unknown) => setToast({ id: Date.now(), text: errorText(err), tone: 'error' });

  const text = useDebounced(query.text, 120);
  const applied = useMemo(() => ({ ...query, text }), [query, text]);
  const rows = useMemo(() => applyQuery(live.entries, applied), [live.entries, applied]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const pageRows = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const held = useMemo(() => effectiveHeld(live.profile, CATALOG), [live.profile]);
  const certOptions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of live.entries) for (const c of e.analysis.certifications) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  }, [live.entries]);

  const onSort = (sort: SortKey) =>
    setQuery(query.sort === sort ? { ...query, dir: query.dir === 'asc' ? 'desc' : 'asc' } : { ...query, sort, dir: sort === 'savedAt' ? 'desc' : 'asc' });

  const update = async (id: string, patch: { status?: Status; notes?: string; tags?: string[] }) => {
    try {
      await send('watchlistUpdate', { id, patch });
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  };

  const onDelete = async (entry: StoredEntry) => {
    try {
      const { removed } = await send('watchlistDelete', { ids: [entry.id] });
      if (!removed.length) return;
      setToast({
        id: Date.now(),
        text: `Deleted “${entry.posting.title ?? 'untitled advert'}”.`,
        action: { label: 'Undo', run: () => void send('watchlistRestore', { entries: removed }).catch(fail) },
      });
    } catch (err) {
      fail(err);
    }
  };

  const total = live.entries.length;
  return (
    <div class="wl-page">
      <header class="wl-header">
        <h1>Your PMO watchlist</h1>
        <p class="wl-muted">Jobs you saved with PMO Pathfinder. Everything here stays in your browser.</p>
      </header>
      {showWelcome ? <Welcome onClose={() => setShowWelcome(false)} /> : null}
      <ReadOnlyNotice message={live.readOnly} />
      <ProblemNotice message={live.problem} />
      <QuarantineNotice
        items={live.quarantine}
        onExport={() => client.download(exportFileName('json', new Date(), 'pmo-watchlist-unreadable'), 'application/json', exportQuarantineJson(live.quarantine))}
      />
      <div class="wl-layout">
        <main class="wl-list" aria-labelledby="wl-list-h">
          <h2 id="wl-list-h" class="sr-only">
            Saved jobs
          </h2>
          {live.phase === 'loading' ? (
            <p role="status">Loading your saved jobs…</p>
          ) : total === 0 ? (
            <div class="wl-empty">
              <p>
                <strong>No saved jobs yet.</strong>
              </p>
              <p>Open a job advert, click PMO Pathfinder in the toolbar and press “Save”. The job appears here at once.</p>
            </div>
          ) : (
            <>
              <Filters query={query} onChange={setQuery} certifications={certOptions} shown={rows.length} total={total} />
              {rows.length ? (
                <div class="wl-table-wrap">
                  <WatchlistTable
                    rows={pageRows}
                    query={query}
                    onSort={onSort}
                    held={held}
                    readOnly={readOnly}
                    onStatus={(id, status) => void update(id, { status })}
                    onNotes={(id, notes) => update(id, { notes })}
                    onTags={(id, tags) => update(id, { tags })}
                    onDelete={(e) => void onDelete(e)}
                    loadSnapshot={loadSnapshot}
                  />
                </div>
              ) : (
                <p class="wl-empty">No saved job matches these filters.</p>
              )}
              <Pager
                page={current}
                pages={pages}
                onPage={setPage}
                from={(current - 1) * PAGE_SIZE + 1}
                to={Math.min(rows.length, current * PAGE_SIZE)}
                total={rows.length}
              />
            </>
          )}
        </main>
        <aside class="wl-side" aria-label="Insights, profile and data">
          <Insights entries={live.entries} profile={live.profile} />
          <ProfileEditor
            profile={live.profile}
            seen={certOptions.map((c) => c.id)}
            onSave={async (p: Profile) => {
              try {
                await send('setProfile', p);
                return true;
              } catch (err) {
                fail(err);
                return false;
              }
            }}
          />
          <DataPanel client={client} entries={live.entries} readOnly={readOnly} />
          <SyncPanel
            enabled={live.settings.sync}
            status={live.syncStatus}
            readOnly={readOnly}
            onToggle={async (enabled) => {
              await send('watchlistSetSync', { enabled }).catch(fail);
            }}
            onSyncNow={async () => {
              await send('watchlistSyncNow', {}).catch(fail);
            }}
          />
        </aside>
      </div>
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}
