import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ProfileSchema, toProfile, type Profile } from '../../lib/analysis';
import {
  INDEX_KEY,
  IndexSchema,
  PROFILE_KEY,
  QUARANTINE_KEY,
  SETTINGS_KEY,
  SettingsSchema,
  SYNC_STATUS_KEY,
  SyncStatusSchema,
  type Index,
  type QuarantineItem,
  type Settings,
  type SyncStatus,
} from '../../lib/watchlist/schema';
import { pageNeedsWriter, readListing, readQuarantine, readStoredEntries, type Listing } from '../../lib/watchlist/store';
import { summarise, type Summary } from '../../lib/watchlist/summary';
import { readSettings, readSyncStatus } from '../../lib/watchlist/sync';
import { readProfile } from '../../lib/watchlist/profile';
import type { WatchlistClient } from './client';

export interface LiveWatchlist {
  phase: 'loading' | 'ready';
  /** One summary per saved job; a job's full entry and advert text are read only when opened. */
  entries: Summary[];
  /** Why the list cannot be edited (saved by a newer version, failed upgrade), else null. */
  readOnly: string | null;
  /** A problem talking to the background; the list still shows. */
  problem: string | null;
  quarantine: QuarantineItem[];
  profile: Profile;
  settings: Settings;
  syncStatus: SyncStatus | null;
}

/** What the list's own read also brings (the rest of PAGE_OPEN_KEYS is read by the side panel). */
const ALSO_READ = [QUARANTINE_KEY, PROFILE_KEY, SETTINGS_KEY, SYNC_STATUS_KEY];

/**
 * The page's view of the watchlist: the summaries and its settings read in one call, then kept
 * current from the index's change events. The index carries each entry's updatedAt, so a
 * change re-reads only the entries whose stamp moved.
 */
export function useWatchlist(client: WatchlistClient): LiveWatchlist {
  const byId = useRef(new Map<string, Summary>());
  const stamps = useRef<Record<string, string>>({});
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [version, setVersion] = useState(0);
  const [phase, setPhase] = useState<'loading' | 'ready'>('loading');
  const [readOnly, setReadOnly] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [quarantine, setQuarantine] = useState<QuarantineItem[]>([]);
  const [profile, setProfile] = useState<Profile>(toProfile);
  const [settings, setSettings] = useState<Settings>({ sync: false });
  const [syncStatus, setSyncStatus] = useState<SyncStatus | null>(null);

  useEffect(() => {
    let alive = true;
    const { area } = client;
    const bump = () => alive && setVersion((v) => v + 1);
    // Changes are applied in arrival order; a slow read cannot overwrite a newer one.
    const queue = (fn: () => Promise<void>) => {
      chain.current = chain.current.then(fn, fn).catch(() => undefined);
    };

    const applyIndex = async (index: Index | null) => {
      const next = index?.entries ?? {};
      const prev = stamps.current;
      const changed = Object.keys(next).filter((id) => prev[id] !== next[id] || !byId.current.has(id));
      const removed = Object.keys(prev).filter((id) => !(id in next));
      const { entries } = await readStoredEntries(area, changed);
      for (const id of removed) byId.current.delete(id);
      for (const e of entries) byId.current.set(e.id, summarise(e));
      stamps.current = next;
      if (changed.length || removed.length) bump();
    };

    const show = async (read: Listing) => {
      byId.current = new Map(read.summaries.map((s) => [s.id, s]));
      stamps.current = Object.fromEntries(read.summaries.map((s) => [s.id, read.index?.entries[s.id] ?? s.at]));
      const [q, p, s, ss] = await Promise.all([
        readQuarantine(read.prefetched),
        readProfile(read.prefetched),
        readSettings(read.prefetched),
        readSyncStatus(read.prefetched),
      ]);
      if (!alive) return;
      setQuarantine(q);
      setProfile(p);
      setSettings(s);
      setSyncStatus(s.sync ? ss : null);
      setPhase('ready');
      bump();
    };

    queue(async () => {
      let read = await readListing(area, { alsoRead: ALSO_READ, upgradeFirst: true });
      if (pageNeedsWriter(read)) {
        // Saved by an earlier version or damaged: the writer upgrades or repairs before the list shows.
        try {
          const state = await client.send('watchlistOpen', {});
          if (state.mode === 'read-only') setReadOnly(state.message);
        } catch {
          setProblem('The extension’s background did not answer, so unreadable jobs could not be set aside. Reload this page to try again.');
        }
        read = await readListing(area, { alsoRead: ALSO_READ });
        if (read.state === 'newer') setReadOnly(read.message);
        await show(read);
        return;
      }
      if (read.state === 'newer') setReadOnly(read.message);
      await show(read);
      // The writer also checks every job and its advert text, setting aside what does not read;
      // asked once the list is on screen, so that reading every advert does not hold it up.
      setTimeout(() => {
        if (!alive) return;
        client.send('watchlistOpen', {}).then((s) => alive && s.mode === 'read-only' && setReadOnly(s.message), () => undefined);
      }, 0);
    });

    const unwatch = [
      client.watch<unknown>(INDEX_KEY, (value) =>
        queue(async () => {
          // A missing or damaged index hides no job: the writer rebuilds it from the jobs themselves.
          const parsed = IndexSchema.safeParse(value);
          if (parsed.success) await applyIndex(parsed.data);
        }),
      ),
      client.watch<unknown>(QUARANTINE_KEY, () => queue(async () => void (alive && setQuarantine(await readQuarantine(area))))),
      client.watch<unknown>(PROFILE_KEY, (value) => {
        const parsed = ProfileSchema.safeParse(value ?? {});
        if (parsed.success) setProfile(parsed.data);
      }),
      client.watch<unknown>(SETTINGS_KEY, (value) => {
        const parsed = SettingsSchema.safeParse(value ?? {});
        if (parsed.success) setSettings(parsed.data);
      }),
      client.watch<unknown>(SYNC_STATUS_KEY, (value) => {
        const parsed = SyncStatusSchema.safeParse(value);
        setSyncStatus(parsed.success ? parsed.data : null);
      }),
    ];
    return () => {
      alive = false;
      unwatch.forEach((u) => u());
    };
  }, [client]);

  // `version` changes whenever the map does; the map itself is mutated in place.
  const entries = useMemo(() => [...byId.current.values()], [version]);
  return { phase, entries, readOnly, problem, quarantine, profile, settings, syncStatus };
}
