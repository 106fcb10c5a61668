import type { KeyValueArea } from './area';
import { entryKey, idOfEntryKey, INDEX_KEY, LEGACY_KEY, LISTING_KEYS, PRINT_KEYS, ROW_KEYS, snapshotKey } from './keys';
import { CURRENT_VERSION, describeIssues, emptyStamps, SnapshotSchema, StoredEntrySchema, type Entry, type Index, type StoredEntry } from './schema';
import { inspect, judge, type Found, type StoredState } from './state';
import { parseShard, storedPrints, summarise, type Summary } from './summary';

/** Reading saved jobs. Never writes, so a page can read directly while the background stays the only writer. */

export interface InvalidEntry {
  id: string;
  key: string;
  reason: string;
  value: unknown;
}

/** Reads the entries named by `ids` (without advert text) in one get(); reports the ones that do not validate. */
export async function readStoredEntries(area: KeyValueArea, ids: readonly string[]): Promise<{ entries: StoredEntry[]; invalid: InvalidEntry[] }> {
  const keys = ids.map(entryKey);
  const raw = keys.length ? await area.get(keys) : {};
  const entries: StoredEntry[] = [];
  const invalid: InvalidEntry[] = [];
  ids.forEach((id, i) => {
    const key = keys[i]!;
    const value = raw[key];
    if (value === undefined) {
      invalid.push({ id, key, reason: 'listed in the index but missing from storage', value: null });
      return;
    }
    const parsed = StoredEntrySchema.safeParse(value);
    if (!parsed.success) invalid.push({ id, key, reason: describeIssues(parsed.error), value });
    else if (parsed.data.id !== id) invalid.push({ id, key, reason: `stored under ${id} but says it is ${parsed.data.id}`, value });
    else entries.push(parsed.data);
  });
  return { entries, invalid };
}

export const NO_SNAPSHOT: Entry['snapshot'] = { text: '', truncated: false };

/**
 * Whole entries, advert text included. An unreadable snapshot does not make its entry
 * unreadable: the entry comes back without text and the snapshot is reported separately.
 */
export async function readEntries(
  area: KeyValueArea,
  ids: readonly string[],
): Promise<{ entries: Entry[]; invalid: InvalidEntry[]; badSnapshots: InvalidEntry[] }> {
  const { entries: stored, invalid } = await readStoredEntries(area, ids);
  const keys = stored.map((e) => snapshotKey(e.id));
  const raw = keys.length ? await area.get(keys) : {};
  const badSnapshots: InvalidEntry[] = [];
  const entries = stored.map((e, i): Entry => {
    const value = raw[keys[i]!];
    if (value === undefined) return { ...e, snapshot: NO_SNAPSHOT };
    const parsed = SnapshotSchema.safeParse(value);
    if (parsed.success) return { ...e, snapshot: parsed.data };
    badSnapshots.push({ id: e.id, key: keys[i]!, reason: `advert text: ${describeIssues(parsed.error)}`, value });
    return { ...e, snapshot: NO_SNAPSHOT };
  });
  return { entries, invalid, badSnapshots };
}

/** One saved advert's text, for a page that shows it on demand. */
export async function readSnapshot(area: KeyValueArea, id: string): Promise<Entry['snapshot']> {
  const parsed = SnapshotSchema.safeParse((await area.get([snapshotKey(id)]))[snapshotKey(id)]);
  return parsed.success ? parsed.data : NO_SNAPSHOT;
}

export interface ReadResult {
  state: 'empty' | 'ready' | 'needs-repair' | 'needs-migration' | 'newer';
  version: number | null;
  index: Index | null;
  entries: StoredEntry[];
  /** Entries listed but unreadable; the background moves them aside on open. */
  invalid: { id: string; reason: string }[];
  message: string | null;
}

const PAGE_STATE: Record<StoredState['kind'], ReadResult['state']> = {
  empty: 'empty',
  ready: 'ready',
  repair: 'needs-repair',
  upgrade: 'needs-migration',
  newer: 'newer',
};

/** What a page shows: every readable job, judged exactly as the writer judges it. */
export async function readWatchlist(area: KeyValueArea, current = CURRENT_VERSION): Promise<ReadResult> {
  const stored = await inspect(area, { current });
  const { entries, invalid } = await readStoredEntries(area, Object.keys(stored.index.entries));
  return {
    state: PAGE_STATE[stored.kind],
    version: stored.version,
    index: stored.kind === 'empty' ? null : stored.index,
    entries,
    // A job an earlier version stored is not unreadable before the upgrade has run.
    invalid: stored.kind === 'upgrade' ? [] : invalid.map(({ id, reason }) => ({ id, reason })),
    message: stored.message,
  };
}

/** Whether the page must ask the writer to repair or upgrade before the list can be edited. */
export const pageNeedsWriter = (read: Pick<ReadResult, 'state' | 'invalid'>) => read.state === 'needs-repair' || read.state === 'needs-migration' || read.invalid.length > 0;

export interface Listing extends Omit<ReadResult, 'entries'> {
  /** One per listed job, in no particular order. */
  summaries: Summary[];
  /** Jobs whose summary was missing or out of date, read from their entry instead. */
  stale: number;
  /** A storage area that answers `alsoRead` keys from what the one read returned. */
  prefetched: KeyValueArea;
}

/**
 * What the page lists, in one get(): the index, the summaries and whatever else the page needs
 * at open (`alsoRead`). A summary is used only when its stamp matches the index, so a summary
 * written by an older copy, damaged or missing never shows stale data: that job's entry is read
 * instead (one more get() for all of them). The list of keys is read only when the index itself
 * cannot be, as the writer does.
 */
export async function readListing(
  area: KeyValueArea,
  opts: {
    current?: number;
    alsoRead?: readonly string[];
    /** Data an earlier version saved has no summaries yet: list none and leave the jobs unread, as the writer upgrades them next. */
    upgradeFirst?: boolean;
    /** Also give each summary the print of its advert text, where one is stored for its current entry. */
    prints?: boolean;
  } = {},
): Promise<Listing> {
  const alsoRead = opts.alsoRead ?? [];
  const got = await area.get([...LISTING_KEYS, ...(opts.prints ? PRINT_KEYS : []), ...alsoRead]);
  const found: Found = { index: got[INDEX_KEY], legacy: got[LEGACY_KEY] };
  let stored = judge(found, opts.current ?? CURRENT_VERSION);
  if (found.index === undefined || stored.unreadableIndex !== undefined) {
    found.entryIds = (await area.keys()).map(idOfEntryKey).filter((id): id is string => id !== null);
    stored = judge(found, opts.current ?? CURRENT_VERSION);
  }
  const byId = new Map<string, Summary>();
  for (const key of ROW_KEYS) for (const s of parseShard(got[key])) byId.set(s.id, s);
  const summaries: Summary[] = [];
  const missing: string[] = [];
  const skip = opts.upgradeFirst === true && stored.kind === 'upgrade';
  const stamps = skip ? emptyStamps() : stored.index.entries;
  for (const id in stamps) {
    const at = stamps[id];
    const s = byId.get(id);
    if (s && at && s.at === at) summaries.push(s);
    else missing.push(id);
  }
  const { entries, invalid } = await readStoredEntries(area, missing);
  for (const e of entries) summaries.push(summarise(e));
  if (opts.prints) {
    const prints = storedPrints(got, []);
    for (const s of summaries) {
      const p = prints.get(s.id);
      if (p?.at === s.at) s.print = p.print;
    }
  }
  return {
    state: PAGE_STATE[stored.kind],
    version: stored.version,
    index: stored.kind === 'empty' ? null : stored.index,
    summaries,
    stale: skip ? Object.keys(stored.index.entries).length : missing.length,
    invalid: stored.kind === 'upgrade' ? [] : invalid.map(({ id, reason }) => ({ id, reason })),
    message: stored.message,
    prefetched: prefetched(area, got, alsoRead),
  };
}

/** `area`, with `keys` answered from `got` (read in the same call as the list) instead of read again. */
function prefetched(area: KeyValueArea, got: Record<string, unknown>, keys: readonly string[]): KeyValueArea {
  const known = new Set(keys);
  return {
    get: async (ks) => (ks.every((k) => known.has(k)) ? Object.fromEntries(ks.filter((k) => got[k] !== undefined).map((k) => [k, got[k]])) : area.get(ks)),
    set: (items) => area.set(items),
    remove: (ks) => area.remove(ks),
    keys: () => area.keys(),
  };
}
