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
  type StoredEntry,
  type SyncStatus,
} from '../../lib/watchlist/schema';
import { pageNeedsWriter, readQuarantine, readStoredEntries, readWatchlist } from '../../lib/watchlist/store';
import { readSettings, readSyncStatus } from '../../lib/watchlist/sync';
import { readProfile } from '../../lib/watchlist/profile';
import type { WatchlistClient } from './client';

export interface LiveWatchlist {
  phase: 'loading' | 'ready';
  /** Without advert text, which the page reads only when a job's details are opened. */
  entries: StoredEntry[];
  /** Why the list cannot be edited (saved by a newer version, failed upgrade), else null. */
  readOnly: string | null;
  /** A problem talking to the background; the list still shows. */
  problem: string | null;
  quarantine: QuarantineItem[];
  profile: Profile;
  settings: Settings;
  syncStatus: SyncStatus | null;
}

/**
 * The page's view of the watchlist: read once from storage, then kept current from the
 * index's change events. The index carries each entry's updatedAt, so a change re-reads
 * only the entries whose stamp moved.
 */
export function useWatchlist(client: WatchlistClient): LiveWatchlist {
  const byId = useRef(new Map<string, StoredEntry>());
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
      for (const e of entries) byId.current.set(e.id, e);
      stamps.current = next;
      if (changed.length || removed.length) bump();
    };

    queue(async () => {
      let read = await readWatchlist(area);
      // The writer checks every job and its advert text, setting aside what does not read.
      const opening = client.send('watchlistOpen', {});
      if (!pageNeedsWriter(read)) void opening.then((s) => alive && s.mode === 'read-only' && setReadOnly(s.message), () => undefined);
      else {
        try {
          const state = await opening;
          if (state.mode === 'read-only') setReadOnly(state.message);
        } catch {
          setProblem('The extension’s background did not answer, so unreadable jobs could not be set aside. Reload this page to try again.');
        }
        read = await readWatchlist(area);
      }
      if (read.state === 'newer') setReadOnly(read.message);
      byId.current = new Map(read.entries.map((e) => [e.id, e]));
      stamps.current = Object.fromEntries(read.entries.map((e) => [e.id, read.index?.entries[e.id] ?? e.updatedAt]));
      const [q, p, s, ss] = await Promise.all([readQuarantine(area), readProfile(area), readSettings(area), readSyncStatus(area)]);
      if (!alive) return;
      setQuarantine(q);
      setProfile(p);
      setSettings(s);
      setSyncStatus(s.sync ? ss : null);
      setPhase('ready');
      bump();
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
