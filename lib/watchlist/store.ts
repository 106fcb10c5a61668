import type { Analysis } from '../analysis';
import type { Posting } from '../posting';
import { isQuotaError, QUOTA_MESSAGE, WatchlistError, type KeyValueArea } from './area';
import { buildEntry, entryItems, mergeEntry } from './entry';
import { canonicalId } from './identity';
import { entryKey, INDEX_KEY, snapshotKey, TOMBSTONES_KEY } from './keys';
import { MIGRATIONS, type Migration } from './migrations';
import { openStored, type OpenOptions, type StoreState } from './open';
import { readQuarantine } from './quarantine';
import { readEntries, readListing, readStoredEntries } from './read';
import {
  CURRENT_VERSION,
  EntryPatchSchema,
  EntrySchema,
  hasId,
  withStamps,
  type Entry,
  type EntryPatch,
  type Index,
  type QuarantineItem,
  type StoredEntry,
} from './schema';
import { inspect, needsWriter } from './state';
import { shardKeysOf, updateShards, type Summary } from './summary';
import { readTombstones, tombstonesValue, type Tombstones } from './tombstones';
import { errorText } from '../errors';

export { isQuotaError, WatchlistError, type KeyValueArea, type WatchlistErrorCode } from './area';
export type { StoreState } from './open';
export { readQuarantine } from './quarantine';
export { pageNeedsWriter, readEntries, readListing, readSnapshot, readStoredEntries, readWatchlist, type InvalidEntry, type Listing, type ReadResult } from './read';

export type { Tombstones } from './tombstones';

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
  /** The storage version this code writes; a test raises it, with a step, to try the next schema change. */
  version?: number;
  /** Called after every successful write (the background schedules sync from here). */
  onChange?: () => void;
}

/**
 * The one writer. Every write runs in a promise queue, judges the stored data afresh inside
 * its turn (so data a newer version wrote meanwhile is never written over) and writes the
 * entry and the new index in one set(), so saves from several tabs at once all land.
 */
export class WatchlistStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly opts: OpenOptions;

  constructor(
    readonly area: KeyValueArea,
    private readonly options: StoreOptions = {},
  ) {
    this.opts = { now: options.now ?? (() => new Date()), migrations: options.migrations ?? MIGRATIONS, current: options.version ?? CURRENT_VERSION };
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Upgrades or repairs if needed, reads every job and sets aside what does not read. The page asks for this. */
  open(): Promise<StoreState> {
    return this.enqueue(() => openStored(this.area, this.opts, true));
  }

  /** Upgrades or repairs if needed; cheap enough for every start of the background. */
  prepare(): Promise<StoreState> {
    return this.enqueue(() => openStored(this.area, this.opts, false));
  }

  /** The current index, after any repair or upgrade; refuses when the data may not be written. */
  private async writable(): Promise<Index> {
    let stored = await inspect(this.area, { current: this.opts.current });
    if (needsWriter(stored)) {
      const state = await openStored(this.area, this.opts, false);
      if (state.mode !== 'ready') throw new WatchlistError('read-only', state.message ?? 'The watchlist is read-only.');
      stored = await inspect(this.area, { current: this.opts.current });
    }
    if (stored.kind === 'ready' || stored.kind === 'empty') return stored.index;
    throw new WatchlistError('read-only', stored.message ?? 'The watchlist is read-only.');
  }

  /** The index to read from, whatever state the data is in: reading never refuses. */
  private async listed(): Promise<Index> {
    return (await inspect(this.area, { current: this.opts.current })).index;
  }

  private async commit(items: Record<string, unknown>): Promise<void> {
    try {
      await this.area.set(items);
    } catch (err) {
      if (isQuotaError(err)) throw new WatchlistError('quota', QUOTA_MESSAGE);
      throw new WatchlistError('storage', `Saving failed: ${errorText(err)}`);
    }
    try {
      this.options.onChange?.();
    } catch {
      // A listener failing must not turn a completed write into an error.
    }
  }

  /** `items` with the summaries of `changed` put in, and of `dropped` taken out, of their shards. */
  private async withRows(items: Record<string, unknown>, changed: readonly StoredEntry[], dropped: readonly string[] = []) {
    const keys = shardKeysOf([...changed.map((e) => e.id), ...dropped]);
    const stored = keys.length ? await this.area.get(keys) : {};
    return Object.assign(items, updateShards(stored, changed, dropped));
  }

  private async one(index: Index, id: string): Promise<Entry | undefined> {
    return hasId(index.entries, id) ? (await readEntries(this.area, [id])).entries[0] : undefined;
  }

  /** Every entry with its advert text. */
  list(): Promise<Entry[]> {
    return this.enqueue(async () => (await readEntries(this.area, Object.keys((await this.listed()).entries))).entries);
  }

  /** Every entry without advert text (what sync carries and the table shows). */
  listStored(): Promise<StoredEntry[]> {
    return this.enqueue(async () => (await readStoredEntries(this.area, Object.keys((await this.listed()).entries))).entries);
  }

  /** One summary per listed job (with its text's fingerprint), read as the page reads them. */
  listSummaries(): Promise<Summary[]> {
    return this.enqueue(async () => (await readListing(this.area, { prints: true })).summaries);
  }

  /** The entries of `ids` with their advert text, in one read. */
  getMany(ids: readonly string[]): Promise<Entry[]> {
    return this.enqueue(async () => (ids.length ? (await readEntries(this.area, ids)).entries : []));
  }

  get(id: string): Promise<Entry | null> {
    return this.enqueue(async () => (await this.one(await this.listed(), id)) ?? null);
  }

  /** The saved entry for an advert, if any (the popup's "Saved" state). */
  lookup(posting: Posting): Promise<Entry | null> {
    return this.get(canonicalId(posting));
  }

  save(posting: Posting, analysis: Analysis): Promise<SaveResult> {
    return this.enqueue(async () => {
      const index = await this.writable();
      const id = canonicalId(posting);
      const existing = await this.one(index, id);
      const entry = EntrySchema.parse(buildEntry(posting, analysis, this.opts.now(), existing));
      const items = { ...entryItems(entry), [INDEX_KEY]: withStamps(index, [[id, entry.updatedAt]]) };
      const tombstones = await readTombstones(this.area);
      if (hasId(tombstones, id)) {
        delete tombstones[id];
        Object.assign(items, { [TOMBSTONES_KEY]: tombstonesValue(tombstones) });
      }
      await this.commit(await this.withRows(items, [entry]));
      return { entry, created: !existing };
    });
  }

  update(id: string, patch: EntryPatch): Promise<Entry> {
    return this.enqueue(async () => {
      const index = await this.writable();
      const clean = EntryPatchSchema.parse(patch);
      const existing = await this.one(index, id);
      if (!existing) throw new WatchlistError('not-found', 'That job is no longer in the watchlist.');
      const entry = EntrySchema.parse({ ...existing, ...clean, updatedAt: this.later(existing.updatedAt) });
      // The advert text did not change, so only the entry key and the index are written.
      const { snapshot: _snapshot, ...stored } = entry;
      await this.commit(await this.withRows({ [entryKey(id)]: stored, [INDEX_KEY]: withStamps(index, [[id, entry.updatedAt]]) }, [stored]));
      return entry;
    });
  }

  /** An edit must sort after the copy it replaces even when clocks tie or went backwards. */
  private later(previous: string): string {
    const now = this.opts.now().getTime();
    const prev = Date.parse(previous);
    return new Date(Number.isNaN(prev) || now > prev ? now : prev + 1).toISOString();
  }

  /** Removes entries and returns them, so the page can offer undo. */
  delete(ids: string[]): Promise<Entry[]> {
    return this.enqueue(async () => {
      const index = await this.writable();
      const present = [...new Set(ids)].filter((id) => hasId(index.entries, id));
      if (!present.length) return [];
      const { entries: removed } = await readEntries(this.area, present);
      const at = this.opts.now().toISOString();
      await this.remove(index, present.map((id) => [id, at]));
      return removed;
    });
  }

  /** Drops ids from the index and records when, in one write; their keys are removed after. */
  private async remove(index: Index, gone: [string, string][]): Promise<void> {
    const tombstones = await readTombstones(this.area);
    for (const [id, at] of gone) tombstones[id] = at;
    const ids = gone.map(([id]) => id);
    await this.commit(await this.withRows({ [INDEX_KEY]: withStamps(index, [], ids), [TOMBSTONES_KEY]: tombstonesValue(tombstones) }, [], ids));
    await this.area.remove(gone.flatMap(([id]) => [entryKey(id), snapshotKey(id)])).catch(() => undefined);
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
      const index = await this.writable();
      const tombstones = await readTombstones(this.area);
      const ids = [...new Set(incoming.map((e) => e.id))].filter((id) => hasId(index.entries, id));
      const local = new Map((await readEntries(this.area, ids)).entries.map((e) => [e.id, e]));
      const report: MergeReport = { added: 0, updated: 0, unchanged: 0 };
      const items: Record<string, unknown> = {};
      const stamps: [string, string][] = [];
      const changed: Entry[] = [];
      let tombstonesChanged = false;
      for (const e of incoming) {
        const deletedAt = hasId(tombstones, e.id) ? tombstones[e.id]! : null;
        if (opts.respectTombstones && deletedAt && !local.has(e.id) && Date.parse(deletedAt) >= Date.parse(e.updatedAt)) {
          report.unchanged++;
          continue;
        }
        const { outcome, entry } = mergeEntry(local.get(e.id), e);
        report[outcome]++;
        if (outcome === 'unchanged') continue;
        local.set(e.id, entry);
        Object.assign(items, entryItems(entry));
        stamps.push([e.id, entry.updatedAt]);
        changed.push(entry);
        if (opts.clearTombstones && deletedAt) {
          delete tombstones[e.id];
          tombstonesChanged = true;
        }
      }
      if (!stamps.length) return report;
      items[INDEX_KEY] = withStamps(index, stamps);
      if (tombstonesChanged) items[TOMBSTONES_KEY] = tombstonesValue(tombstones);
      await this.commit(await this.withRows(items, changed));
      return report;
    });
  }

  /** Deletes entries removed elsewhere (sync), unless they were edited here after that. */
  applyDeletions(deleted: Tombstones): Promise<number> {
    return this.enqueue(async () => {
      const index = await this.writable();
      const gone = Object.entries(deleted).filter(([id, at]) => hasId(index.entries, id) && Date.parse(at) >= Date.parse(index.entries[id]!));
      if (gone.length) await this.remove(index, gone);
      return gone.length;
    });
  }

  readTombstones(): Promise<Tombstones> {
    return this.enqueue(() => readTombstones(this.area));
  }

  quarantine(): Promise<QuarantineItem[]> {
    return this.enqueue(() => readQuarantine(this.area));
  }
}
