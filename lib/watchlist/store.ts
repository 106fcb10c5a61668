import type { Analysis } from '../analysis';
import type { Posting } from '../posting';
import { detectLegacyVersion, migrate, MIGRATIONS, MigrationError, type Migration, type Reject } from './migrations';
import { mergeEntry } from './merge';
import {
  buildEntry,
  canonicalId,
  CURRENT_VERSION,
  describeIssues,
  entryItems,
  entryKey,
  EntryPatchSchema,
  EntrySchema,
  snapshotKey,
  SnapshotSchema,
  StoredEntrySchema,
  INDEX_KEY,
  IndexSchema,
  LEGACY_KEY,
  QUARANTINE_KEY,
  QuarantineSchema,
  TOMBSTONES_KEY,
  type Entry,
  type EntryPatch,
  type Index,
  type QuarantineItem,
  type StoredEntry,
  quarantinedJobs,
} from './schema';
import { errorText } from '../errors';

/** The part of a storage area the watchlist needs; browser.storage.local and test fakes both fit. */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export type WatchlistErrorCode = 'quota' | 'read-only' | 'not-found' | 'invalid' | 'storage';

export class WatchlistError extends Error {
  constructor(
    readonly code: WatchlistErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WatchlistError';
  }
}

const QUOTA_MESSAGE =
  'Browser storage is full, so this change was not saved. Nothing already saved was lost: export your watchlist, then delete jobs you no longer need.';

export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}

const NEWER_VERSION_MESSAGE = (version: number) =>
  `Your watchlist was saved by a newer version of PMO Pathfinder (storage version ${version}; this version reads up to ${CURRENT_VERSION}). It is shown read-only and left exactly as it is: update the extension to edit it.`;

export interface StoreState {
  mode: 'ready' | 'read-only';
  /** The stored version found (null when nothing was stored yet). */
  version: number | null;
  message: string | null;
  quarantined: number;
  /** Entries moved aside by this open, for the caller to report. */
  movedAside: number;
}

const EMPTY_INDEX: Index = { version: CURRENT_VERSION, entries: {} };
const MAX_TOMBSTONES = 500;

export type Tombstones = Record<string, string>;

/* ------------------------------------------------------------ reading */

export interface ReadResult {
  state: 'empty' | 'ready' | 'needs-migration' | 'newer' | 'unreadable';
  version: number | null;
  index: Index | null;
  entries: StoredEntry[];
  /** Entries listed but unreadable; the background moves them aside on open. */
  invalid: { id: string; reason: string }[];
  message: string | null;
}

export interface InvalidEntry {
  id: string;
  key: string;
  reason: string;
  value: unknown;
}

/** Reads the entries named by `ids` (without advert text) in one get(); reports the ones that do not validate. */
export async function readStoredEntries(area: KeyValueArea, ids: string[]): Promise<{ entries: StoredEntry[]; invalid: InvalidEntry[] }> {
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

const NO_SNAPSHOT: Entry['snapshot'] = { text: '', truncated: false };

/**
 * Whole entries, advert text included. An unreadable snapshot does not make its entry
 * unreadable: the entry comes back without text and the snapshot is reported separately.
 */
export async function readEntries(
  area: KeyValueArea,
  ids: string[],
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

/**
 * What a page shows: every readable entry. Never writes, so a page can read directly while
 * the background stays the only writer.
 */
export async function readWatchlist(area: KeyValueArea): Promise<ReadResult> {
  const got = await area.get([INDEX_KEY, LEGACY_KEY]);
  const rawIndex = got[INDEX_KEY];
  if (rawIndex === undefined) {
    const legacy = got[LEGACY_KEY];
    if (legacy === undefined) return { state: 'empty', version: null, index: null, entries: [], invalid: [], message: null };
    const version = detectLegacyVersion(legacy);
    if (version !== null && version > CURRENT_VERSION) {
      return { state: 'newer', version, index: null, entries: [], invalid: [], message: NEWER_VERSION_MESSAGE(version) };
    }
    return { state: 'needs-migration', version, index: null, entries: [], invalid: [], message: 'Upgrading your saved jobs…' };
  }
  const index = IndexSchema.safeParse(rawIndex);
  if (!index.success) {
    return {
      state: 'unreadable',
      version: null,
      index: null,
      entries: [],
      invalid: [],
      message: 'The list of saved jobs could not be read. It has been left as it is.',
    };
  }
  const { entries, invalid } = await readStoredEntries(area, Object.keys(index.data.entries));
  const isNewer = index.data.version > CURRENT_VERSION;
  return {
    state: isNewer ? 'newer' : 'ready',
    version: index.data.version,
    index: index.data,
    entries,
    invalid: invalid.map(({ id, reason }) => ({ id, reason })),
    message: isNewer ? NEWER_VERSION_MESSAGE(index.data.version) : null,
  };
}

export async function readQuarantine(area: KeyValueArea): Promise<QuarantineItem[]> {
  const raw = (await area.get([QUARANTINE_KEY]))[QUARANTINE_KEY];
  if (raw === undefined) return [];
  const parsed = QuarantineSchema.safeParse(raw);
  // A damaged quarantine is itself kept: shown as one item holding the whole value.
  return parsed.success ? parsed.data.items : [{ from: QUARANTINE_KEY, id: null, reason: 'unreadable quarantine', at: '', value: raw }];
}

/* ------------------------------------------------------------ writing */

export interface SaveResult {
  entry: Entry;
  created: boolean;
}

export interface MergeReport {
  added: number;
  updated: number;
  unchanged: number;
}

export interface StoreOptions {
  now?: () => Date;
  migrations?: readonly Migration[];
  /** Called after every successful write (the background schedules sync from here). */
  onChange?: () => void;
}

/**
 * The one writer. Every write runs in a promise queue, reads the index inside its turn and
 * writes the entry and the new index in one set(), so saves from several tabs at once all
 * land and none overwrites another's index.
 */
export class WatchlistStore {
  private queue: Promise<unknown> = Promise.resolve();
  private state: StoreState | null = null;
  private readonly now: () => Date;
  private readonly migrations: readonly Migration[];

  constructor(
    readonly area: KeyValueArea,
    private readonly options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.migrations = options.migrations ?? MIGRATIONS;
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Migrates if needed and checks every entry, moving unreadable ones aside. Reads the whole
   * watchlist, so it runs when a page asks (it found something unreadable) rather than on
   * every write.
   */
  open(): Promise<StoreState> {
    return this.enqueue(async () => (this.state = await this.openNow(true)));
  }

  /** Migrates if needed and checks the version; cheap enough for every start of the background. */
  prepare(): Promise<StoreState> {
    return this.enqueue(async () => (this.state = await this.openNow(false)));
  }

  private async writable(): Promise<void> {
    if (!this.state || this.state.mode !== 'ready') this.state = await this.openNow(false);
    if (this.state.mode !== 'ready') throw new WatchlistError('read-only', this.state.message ?? 'The watchlist is read-only.');
  }

  private async commit(items: Record<string, unknown>): Promise<void> {
    try {
      await this.area.set(items);
    } catch (err) {
      if (isQuotaError(err)) throw new WatchlistError('quota', QUOTA_MESSAGE);
      throw new WatchlistError('storage', `Saving failed: ${errorText(err)}`);
    }
  }

  private async quarantineCount(): Promise<number> {
    return (await readQuarantine(this.area)).length;
  }

  private async openNow(full: boolean): Promise<StoreState> {
    const got = await this.area.get([INDEX_KEY, LEGACY_KEY, QUARANTINE_KEY]);
    const rawIndex = got[INDEX_KEY];
    const quarantine = await readQuarantine(this.area);

    if (rawIndex !== undefined) {
      const index = IndexSchema.safeParse(rawIndex);
      if (!index.success) {
        return this.readOnly(null, 'The list of saved jobs could not be read, so it has been left as it is and nothing can be changed. Export and report the problem.', quarantine.length);
      }
      if (index.data.version > CURRENT_VERSION) {
        return this.readOnly(index.data.version, NEWER_VERSION_MESSAGE(index.data.version), quarantine.length);
      }
      if (index.data.version < CURRENT_VERSION) {
        return this.readOnly(index.data.version, `Saved jobs use storage version ${index.data.version}, which this version cannot upgrade. They have been left as they are.`, quarantine.length);
      }
      const movedAside = full ? await this.setAsideUnreadable(index.data, quarantine) : 0;
      if (got[LEGACY_KEY] !== undefined) {
        // A migration that wrote the new layout and stopped before tidying up.
        await this.area.remove([LEGACY_KEY]).catch(() => undefined);
      }
      return { mode: 'ready', version: CURRENT_VERSION, message: null, quarantined: quarantinedJobs(await readQuarantine(this.area)), movedAside };
    }

    const legacy = got[LEGACY_KEY];
    if (legacy === undefined) {
      return { mode: 'ready', version: null, message: null, quarantined: quarantine.length, movedAside: 0 };
    }
    const version = detectLegacyVersion(legacy);
    if (version === null) {
      return this.readOnly(null, 'Saved jobs were found in a format this version does not recognise. They have been left as they are.', quarantine.length);
    }
    if (version > CURRENT_VERSION) return this.readOnly(version, NEWER_VERSION_MESSAGE(version), quarantine.length);
    return this.migrateLegacy(legacy, version, quarantine);
  }

  /** Moves saved jobs and advert texts that no longer read into the quarantine; returns how many. */
  private async setAsideUnreadable(index: Index, quarantine: QuarantineItem[]): Promise<number> {
    const { invalid, badSnapshots } = await readEntries(this.area, Object.keys(index.entries));
    if (!invalid.length && !badSnapshots.length) return 0;
    const at = this.now().toISOString();
    // The advert text of an unreadable job goes aside with it.
    const orphanKeys = invalid.map((b) => snapshotKey(b.id));
    const orphans = await this.area.get(orphanKeys);
    const orphaned: InvalidEntry[] = invalid
      .filter((b) => orphans[snapshotKey(b.id)] !== undefined)
      .map((b) => ({ id: b.id, key: snapshotKey(b.id), reason: 'advert text of a job that could not be read', value: orphans[snapshotKey(b.id)] }));
    const bad = [...invalid, ...orphaned, ...badSnapshots];
    const items: QuarantineItem[] = bad.map((b) => ({ from: b.key, id: b.id, reason: b.reason, at, value: b.value }));
    const entries = { ...index.entries };
    for (const b of invalid) delete entries[b.id];
    // Copy first, then drop from the index, in one write; the bad keys are removed only after.
    await this.commit({ [QUARANTINE_KEY]: { items: [...quarantine, ...items] }, [INDEX_KEY]: { ...index, entries } });
    const stale = [...invalid.flatMap((b) => [b.key, snapshotKey(b.id)]), ...badSnapshots.map((b) => b.key)];
    await this.area.remove(stale).catch(() => undefined);
    return invalid.length + badSnapshots.length;
  }

  private readOnly(version: number | null, message: string, quarantined: number): StoreState {
    return { mode: 'read-only', version, message, quarantined, movedAside: 0 };
  }

  /**
   * Upgrades version 1/2 data. Runs every step in memory, then writes all new keys and the
   * index in one set(); the old key is removed only after that write succeeded, so a failed
   * step or a failed write leaves the old data exactly as it was.
   */
  private async migrateLegacy(legacy: unknown, version: number, quarantine: QuarantineItem[]): Promise<StoreState> {
    let result;
    try {
      result = migrate(legacy, version, this.migrations);
    } catch (err) {
      const why = err instanceof MigrationError ? err.message : String(err);
      return this.readOnly(version, `Your saved jobs could not be upgraded (${why}). They have been left exactly as they were; export them from here and report the problem.`, quarantine.length);
    }
    const at = this.now().toISOString();
    const items: Record<string, unknown> = {};
    const index: Index = { version: CURRENT_VERSION, entries: {} };
    const aside: QuarantineItem[] = result.rejects.map((r: Reject) => ({ from: r.from, id: r.id, reason: r.reason, at, value: r.value }));
    for (const [id, value] of Object.entries(result.doc.entries)) {
      const parsed = EntrySchema.safeParse(value);
      if (!parsed.success || parsed.data.id !== id) {
        aside.push({ from: `v${version} ${id}`, id, reason: parsed.success ? 'id mismatch' : describeIssues(parsed.error), at, value });
        continue;
      }
      Object.assign(items, entryItems(parsed.data));
      index.entries[id] = parsed.data.updatedAt;
    }
    if (aside.length) items[QUARANTINE_KEY] = { items: [...quarantine, ...aside] };
    items[INDEX_KEY] = index;
    try {
      await this.area.set(items);
    } catch (err) {
      const why = isQuotaError(err) ? 'browser storage is full' : errorText(err);
      return this.readOnly(version, `Your saved jobs could not be upgraded (${why}). They have been left exactly as they were.`, quarantine.length);
    }
    await this.area.remove([LEGACY_KEY]).catch(() => undefined);
    return { mode: 'ready', version: CURRENT_VERSION, message: null, quarantined: quarantine.length + aside.length, movedAside: aside.length };
  }

  private async index(): Promise<Index> {
    const raw = (await this.area.get([INDEX_KEY]))[INDEX_KEY];
    if (raw === undefined) return { ...EMPTY_INDEX, entries: {} };
    const parsed = IndexSchema.safeParse(raw);
    if (!parsed.success) throw new WatchlistError('read-only', 'The list of saved jobs could not be read.');
    return parsed.data;
  }

  private async tombstones(): Promise<Tombstones> {
    const raw = (await this.area.get([TOMBSTONES_KEY]))[TOMBSTONES_KEY];
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Tombstones) : {};
  }

  private async one(id: string): Promise<Entry | undefined> {
    const { entries } = await readEntries(this.area, [id]);
    return entries[0];
  }

  private changed() {
    try {
      this.options.onChange?.();
    } catch {
      // A listener failing must not turn a completed write into an error.
    }
  }

  currentState(): StoreState | null {
    return this.state;
  }

  /** Every entry with its advert text. */
  list(): Promise<Entry[]> {
    return this.enqueue(async () => {
      await this.writable().catch(() => undefined);
      const index = await this.index();
      return (await readEntries(this.area, Object.keys(index.entries))).entries;
    });
  }

  /** Every entry without advert text (what sync carries and the table shows). */
  listStored(): Promise<StoredEntry[]> {
    return this.enqueue(async () => {
      await this.writable().catch(() => undefined);
      const index = await this.index();
      return (await readStoredEntries(this.area, Object.keys(index.entries))).entries;
    });
  }

  get(id: string): Promise<Entry | null> {
    return this.enqueue(async () => {
      const index = await this.index();
      if (!(id in index.entries)) return null;
      return (await this.one(id)) ?? null;
    });
  }

  /** The saved entry for an advert, if any (the popup's "Saved" state). */
  lookup(posting: Posting): Promise<Entry | null> {
    return this.get(canonicalId(posting));
  }

  save(posting: Posting, analysis: Analysis): Promise<SaveResult> {
    return this.enqueue(async () => {
      await this.writable();
      const index = await this.index();
      const id = canonicalId(posting);
      const existing = id in index.entries ? await this.one(id) : undefined;
      const entry = EntrySchema.parse(buildEntry(posting, analysis, this.now(), existing));
      const tombstones = await this.tombstones();
      const items: Record<string, unknown> = {
        ...entryItems(entry),
        [INDEX_KEY]: { ...index, entries: { ...index.entries, [id]: entry.updatedAt } },
      };
      if (tombstones[id]) {
        delete tombstones[id];
        items[TOMBSTONES_KEY] = tombstones;
      }
      await this.commit(items);
      this.changed();
      return { entry, created: !existing };
    });
  }

  update(id: string, patch: EntryPatch): Promise<Entry> {
    return this.enqueue(async () => {
      await this.writable();
      const clean = EntryPatchSchema.parse(patch);
      const index = await this.index();
      const existing = id in index.entries ? await this.one(id) : undefined;
      if (!existing) throw new WatchlistError('not-found', 'That job is no longer in the watchlist.');
      const entry = EntrySchema.parse({ ...existing, ...clean, updatedAt: this.later(existing.updatedAt) });
      // The advert text did not change, so only the entry key and the index are written.
      const { snapshot: _snapshot, ...stored } = entry;
      await this.commit({ [entryKey(id)]: stored, [INDEX_KEY]: { ...index, entries: { ...index.entries, [id]: entry.updatedAt } } });
      this.changed();
      return entry;
    });
  }

  /** An edit must sort after the copy it replaces even when clocks tie or went backwards. */
  private later(previous: string): string {
    const now = this.now().getTime();
    const prev = Date.parse(previous);
    return new Date(Number.isNaN(prev) || now > prev ? now : prev + 1).toISOString();
  }

  /** Removes entries and returns them, so the page can offer undo. */
  delete(ids: string[]): Promise<Entry[]> {
    return this.enqueue(async () => {
      await this.writable();
      const index = await this.index();
      const present = ids.filter((id) => id in index.entries);
      if (!present.length) return [];
      const { entries: removed } = await readEntries(this.area, present);
      const entries = { ...index.entries };
      const tombstones = await this.tombstones();
      const at = this.now().toISOString();
      for (const id of present) {
        delete entries[id];
        tombstones[id] = at;
      }
      await this.commit({ [INDEX_KEY]: { ...index, entries }, [TOMBSTONES_KEY]: pruneTombstones(tombstones) });
      await this.area.remove(present.flatMap((id) => [entryKey(id), snapshotKey(id)])).catch(() => undefined);
      this.changed();
      return removed;
    });
  }

  /** Puts deleted entries back (undo); a copy saved again in the meantime is kept if newer. */
  restore(entries: Entry[]): Promise<MergeReport> {
    return this.merge(entries.map((e) => EntrySchema.parse(e)), { clearTombstones: true });
  }

  /**
   * Merges validated entries by id (newer updatedAt wins). Used by import, restore and sync.
   * `respectTombstones`: an entry deleted here after its incoming update stays deleted.
   */
  merge(incoming: Entry[], opts: { clearTombstones?: boolean; respectTombstones?: boolean } = {}): Promise<MergeReport> {
    return this.enqueue(async () => {
      await this.writable();
      const index = await this.index();
      const tombstones = await this.tombstones();
      const ids = [...new Set(incoming.map((e) => e.id))].filter((id) => id in index.entries);
      const local = new Map((await readEntries(this.area, ids)).entries.map((e) => [e.id, e]));
      const report: MergeReport = { added: 0, updated: 0, unchanged: 0 };
      const items: Record<string, unknown> = {};
      const nextIndex = { ...index.entries };
      let tombstonesChanged = false;
      for (const e of incoming) {
        const deletedAt = tombstones[e.id];
        if (opts.respectTombstones && deletedAt && !local.has(e.id) && Date.parse(deletedAt) >= Date.parse(e.updatedAt)) {
          report.unchanged++;
          continue;
        }
        const { outcome, entry } = mergeEntry(local.get(e.id), e);
        report[outcome]++;
        if (outcome === 'unchanged') continue;
        local.set(e.id, entry);
        Object.assign(items, entryItems(entry));
        nextIndex[e.id] = entry.updatedAt;
        if (opts.clearTombstones && deletedAt) {
          delete tombstones[e.id];
          tombstonesChanged = true;
        }
      }
      if (!Object.keys(items).length) return report;
      items[INDEX_KEY] = { ...index, entries: nextIndex };
      if (tombstonesChanged) items[TOMBSTONES_KEY] = tombstones;
      await this.commit(items);
      this.changed();
      return report;
    });
  }

  /** Deletes entries removed elsewhere (sync), unless they were edited here after that. */
  applyDeletions(deleted: Tombstones): Promise<number> {
    return this.enqueue(async () => {
      await this.writable();
      const index = await this.index();
      const gone = Object.entries(deleted)
        .filter(([id, at]) => id in index.entries && Date.parse(at) >= Date.parse(index.entries[id]!))
        .map(([id]) => id);
      if (!gone.length) return 0;
      const entries = { ...index.entries };
      const tombstones = { ...(await this.tombstones()) };
      for (const id of gone) {
        delete entries[id];
        tombstones[id] = deleted[id]!;
      }
      await this.commit({ [INDEX_KEY]: { ...index, entries }, [TOMBSTONES_KEY]: pruneTombstones(tombstones) });
      await this.area.remove(gone.flatMap((id) => [entryKey(id), snapshotKey(id)])).catch(() => undefined);
      this.changed();
      return gone.length;
    });
  }

  readTombstones(): Promise<Tombstones> {
    return this.enqueue(() => this.tombstones());
  }

  quarantine(): Promise<QuarantineItem[]> {
    return this.enqueue(() => readQuarantine(this.area));
  }

  quarantined(): Promise<number> {
    return this.enqueue(() => this.quarantineCount());
  }
}

function pruneTombstones(t: Tombstones): Tombstones {
  const all = Object.entries(t);
  if (all.length <= MAX_TOMBSTONES) return t;
  all.sort((a, b) => (a[1] < b[1] ? 1 : -1));
  return Object.fromEntries(all.slice(0, MAX_TOMBSTONES));
}
