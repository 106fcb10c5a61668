import {
  emptyStamps,
  EntrySchema,
  hash64,
  SETTINGS_KEY,
  SettingsSchema,
  SYNC_STATUS_KEY,
  SyncStatusSchema,
  type Entry,
  type Settings,
  type StoredEntry,
  type SyncStatus,
} from './schema';
import { isQuotaError, type KeyValueArea } from './area';
import type { Tombstones, WatchlistStore } from './store';
import { errorText } from '../errors';

/** browser.storage.sync, or a fake: sync needs to list what other browsers wrote. */
export interface SyncArea extends KeyValueArea {
  getAll(): Promise<Record<string, unknown>>;
}

/** Chrome's storage.sync quotas (Firefox's are the same or larger). */
export const SYNC_LIMITS = { totalBytes: 102_400, itemBytes: 8_192, maxItems: 512 };
export type SyncLimits = typeof SYNC_LIMITS;

/** Short keys: a key's length counts against the quota, and ids can be long URLs. */
const SYNC_ENTRY_PREFIX = 'wl:';
export const SYNC_META_KEY = 'wl-meta';
const MAX_SYNC_TOMBSTONE_BYTES = 6_000;

/** A synced entry: everything but the advert snapshot, which would not fit. */
const CompactEntrySchema = EntrySchema.omit({ snapshot: true });
export type CompactEntry = ReturnType<typeof CompactEntrySchema.parse>;

export const syncKey = (id: string) => `${SYNC_ENTRY_PREFIX}${hash64(id)}`;

export function compact(entry: StoredEntry): CompactEntry {
  // Picks the stored fields, so an Entry's snapshot never reaches sync.
  const { snapshot: _snapshot, ...rest } = entry as Entry;
  return rest;
}

function expand(c: CompactEntry): Entry {
  return { ...c, snapshot: { text: '', truncated: false } };
}

const utf8 = new TextEncoder();
/** How the browser counts an item: key plus its JSON, in bytes. */
export const itemBytes = (key: string, value: unknown) => utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;

const SYNC_QUOTA_MESSAGE =
  'Browser sync storage is full, so this sync was not saved. Your jobs on this computer are complete and unchanged.';

export async function readSettings(area: KeyValueArea): Promise<Settings> {
  const parsed = SettingsSchema.safeParse((await area.get([SETTINGS_KEY]))[SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : { sync: false };
}

export async function writeSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}

export async function readSyncStatus(area: KeyValueArea): Promise<SyncStatus> {
  const parsed = SyncStatusSchema.safeParse((await area.get([SYNC_STATUS_KEY]))[SYNC_STATUS_KEY]);
  return parsed.success ? parsed.data : { state: 'off', at: null, message: 'Sync is off.', synced: 0, total: 0 };
}

function parseTombstones(raw: unknown): Tombstones {
  const out = emptyStamps();
  const deleted = (raw as { deleted?: unknown } | null)?.deleted;
  if (!deleted || typeof deleted !== 'object' || Array.isArray(deleted)) return out;
  for (const [id, at] of Object.entries(deleted)) if (typeof at === 'string') out[id] = at;
  return out;
}

/** Newest deletion per id, trimmed (oldest first) to fit beside the entries. */
function mergeTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const out = new Map(Object.entries(a));
  for (const [id, at] of Object.entries(b)) if (!out.has(id) || out.get(id)! < at) out.set(id, at);
  const sorted = [...out].sort((x, y) => (x[1] < y[1] ? 1 : -1));
  while (sorted.length && itemBytes(SYNC_META_KEY, { v: 1, deleted: Object.fromEntries(sorted) }) > MAX_SYNC_TOMBSTONE_BYTES) sorted.pop();
  return Object.assign(emptyStamps(), Object.fromEntries(sorted));
}

/**
 * One round of sync: deletions from other browsers, then their entries merged by updatedAt,
 * then this browser's entries written back, newest first, as many as the quota allows. The
 * local watchlist is never reduced to what fits in sync.
 */
export async function syncWatchlist(store: WatchlistStore, remote: SyncArea, now = new Date(), limits: SyncLimits = SYNC_LIMITS): Promise<SyncStatus> {
  const at = now.toISOString();
  const all = await remote.getAll();
  const remoteEntries: Entry[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SYNC_ENTRY_PREFIX)) continue;
    const parsed = CompactEntrySchema.safeParse(value);
    // An item another version wrote and this one cannot read stays until this browser has a copy to write.
    if (parsed.success && syncKey(parsed.data.id) === key) remoteEntries.push(expand(parsed.data));
  }
  const remoteDeleted = parseTombstones(all[SYNC_META_KEY]);

  await store.applyDeletions(remoteDeleted);
  await store.merge(remoteEntries, { respectTombstones: true });
  const localDeleted = await store.readTombstones();
  const local = await store.listStored();

  const deleted = mergeTombstones(remoteDeleted, localDeleted);
  const meta = { v: 1, deleted: Object.fromEntries(Object.entries(deleted)) };
  let budget = limits.totalBytes - itemBytes(SYNC_META_KEY, meta) - 256;
  const desired: Record<string, CompactEntry> = {};
  let tooBig = 0;
  let overflow = 0;
  let count = 0;
  for (const e of [...local].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))) {
    const key = syncKey(e.id);
    const value = compact(e);
    const size = itemBytes(key, value);
    if (size > limits.itemBytes) {
      tooBig++;
      continue;
    }
    if (size > budget || count >= limits.maxItems - 1) {
      overflow++;
      continue;
    }
    desired[key] = value;
    budget -= size;
    count++;
  }

  const toSet: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(desired)) {
    if (JSON.stringify(all[key]) !== JSON.stringify(value)) toSet[key] = value;
  }
  if (JSON.stringify(parseTombstones(all[SYNC_META_KEY])) !== JSON.stringify(deleted) || !(SYNC_META_KEY in all)) toSet[SYNC_META_KEY] = meta;
  const toRemove = Object.keys(all).filter((k) => k.startsWith(SYNC_ENTRY_PREFIX) && !(k in desired));

  try {
    // Removing first frees room for what replaces it.
    if (toRemove.length) await remote.remove(toRemove);
    if (Object.keys(toSet).length) await remote.set(toSet);
  } catch (err) {
    const message = isQuotaError(err) ? SYNC_QUOTA_MESSAGE : `Sync failed: ${errorText(err)}. Your jobs on this computer are unchanged.`;
    return { state: 'error', at, message, synced: 0, total: local.length };
  }

  const synced = Object.keys(desired).length;
  if (!tooBig && !overflow) {
    const message = synced === 1 ? 'Your saved job is synced across your browsers.' : `All ${synced} saved jobs are synced across your browsers.`;
    return { state: 'ok', at, message, synced, total: local.length };
  }
  const parts = [
    `Sync carries ${synced} of your ${local.length} saved jobs (the most recently updated): browser sync storage holds about 100 KB.`,
  ];
  if (tooBig) parts.push(`${tooBig} ${tooBig === 1 ? 'job has' : 'jobs have'} notes too long to sync.`);
  parts.push('Every job stays complete on this computer, advert text included.');
  return { state: 'partial', at, message: parts.join(' '), synced, total: local.length };
}
