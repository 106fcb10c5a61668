import { isQuotaError, type KeyValueArea } from './area';
import { mergeEntry } from './entry';
import { entryKey, INDEX_KEY, LEGACY_KEY, ROW_KEYS, snapshotKey } from './keys';
import { parseShard, SHARD_KEYS, shardValues, storedPrints } from './summary';
import { textPrint } from './duplicates-print';
import { migrate, MigrationError, type KeyedDoc, type Migration } from './migrations';
import { describeQuarantine, readQuarantine, withSetAside } from './quarantine';
import { NO_SNAPSHOT } from './read';
import {
  describeIssues,
  EntrySchema,
  emptyStamps,
  indexValue,
  SnapshotSchema,
  StoredEntrySchema,
  type Entry,
  type QuarantineItem,
  type StoredEntry,
} from './schema';
import { sameValue } from './same-value';
import { inspect, type StoredState } from './state';
import { errorText } from '../errors';

/** Opening stored data: upgrading it, rebuilding its index and setting aside what cannot be read. */

export interface StoreState {
  mode: 'ready' | 'read-only';
  /** The stored version found (null when nothing was stored yet). */
  version: number | null;
  message: string | null;
  /** Saved jobs kept aside so far (not counting advert texts set aside from jobs still listed). */
  quarantined: number;
  /** Jobs, advert texts and other values set aside by this open, for the caller to report. */
  movedAside: number;
}

export interface OpenOptions {
  now: () => Date;
  migrations: readonly Migration[];
  /** The version this code writes; a test raises it to try the next schema change. */
  current: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const json = (v: unknown) => JSON.stringify(v);

/**
 * `full` also reads every job and its advert text and sets aside what no longer reads, and
 * looks for jobs an index lost: the page asks for it; a write only needs the cheap judgement.
 */
export async function openStored(area: KeyValueArea, opts: OpenOptions, full: boolean): Promise<StoreState> {
  const stored = await inspect(area, { current: opts.current, scan: full });
  const quarantine = await readQuarantine(area);
  const jobsAside = describeQuarantine(quarantine).jobs;
  if (stored.kind === 'newer') return readOnly(stored.version, stored.message!, jobsAside);
  if (stored.kind === 'empty' || (stored.kind === 'ready' && !full)) {
    return { mode: 'ready', version: stored.version, message: null, quarantined: jobsAside, movedAside: 0 };
  }
  return rebuild(area, stored, opts, quarantine);
}

function readOnly(version: number | null, message: string, quarantined: number): StoreState {
  return { mode: 'read-only', version, message, quarantined, movedAside: 0 };
}

const UPGRADE_FAILED = (why: string) =>
  `Your saved jobs could not be upgraded (${why}). They have been left exactly as they were; export them from here and report the problem.`;

/**
 * Reads every listed job back as one document, runs the migrations, merges a version 1/2
 * document found beside it, validates each job and writes the jobs that changed, the new index
 * and everything set aside in one set(). Keys are removed only after that write succeeded, so
 * a failure at any point leaves the stored data as it was.
 */
async function rebuild(area: KeyValueArea, stored: StoredState, opts: OpenOptions, quarantine: QuarantineItem[]): Promise<StoreState> {
  const at = opts.now().toISOString();
  const aside: QuarantineItem[] = [];
  const setAside = (from: string, id: string | null, reason: string, value: unknown) => aside.push({ from, id, reason, at, value });
  const ids = Object.keys(stored.index.entries);
  const raw = await area.get([...ids.flatMap((id) => [entryKey(id), snapshotKey(id)]), ...SHARD_KEYS]);
  const stale: string[] = [];

  let doc: KeyedDoc = { version: stored.index.version, entries: new Map() };
  for (const id of ids) {
    const value = raw[entryKey(id)];
    if (value !== undefined) doc.entries.set(id, isRecord(value) ? { ...value, snapshot: raw[snapshotKey(id)] ?? NO_SNAPSHOT } : value);
    else if (raw[snapshotKey(id)] !== undefined) {
      setAside(snapshotKey(id), id, 'advert text of a job whose entry is missing', raw[snapshotKey(id)]);
      stale.push(snapshotKey(id));
    }
  }
  try {
    if (doc.version < opts.current && doc.entries.size) {
      const up = migrate(doc, doc.version, opts.migrations, opts.current);
      doc = up.doc;
      for (const r of up.rejects) setAside(r.id === null ? r.from : entryKey(r.id), r.id, r.reason, r.value);
    }
  } catch (err) {
    return readOnly(stored.version, UPGRADE_FAILED(err instanceof MigrationError ? err.message : errorText(err)), describeQuarantine(quarantine).jobs);
  }

  if (stored.legacy !== undefined) {
    const failed = mergeLegacy(doc, stored, opts, setAside);
    // Alone, a version 1/2 document that does not upgrade is kept as it is for a later version.
    if (failed && !ids.length) return readOnly(stored.legacyVersion, UPGRADE_FAILED(failed), describeQuarantine(quarantine).jobs);
  }
  if (stored.unreadableIndex !== undefined) {
    setAside(INDEX_KEY, null, 'the list of saved jobs could not be read, so it was rebuilt from the jobs themselves', stored.unreadableIndex);
  }
  for (const b of stored.badStamps) setAside(INDEX_KEY, b.id, 'its date in the list of saved jobs was not a date; the job itself is kept', b.value);

  const items: Record<string, unknown> = {};
  const stamps = emptyStamps();
  const kept: StoredEntry[] = [];
  // A text print is kept while its job is unchanged; a job without one gets it from its text here.
  const listed = storedPrints(raw, ROW_KEYS.flatMap((key) => parseShard(raw[key])));
  const prints = new Map<string, string>();
  for (const [id, value] of doc.entries) {
    const { snapshot, ...rest } = isRecord(value) ? value : { snapshot: undefined };
    const entry = StoredEntrySchema.safeParse(rest);
    if (!entry.success || entry.data.id !== id) {
      const reason = entry.success ? `stored under ${id} but says it is ${entry.data.id}` : describeIssues(entry.error);
      setAside(entryKey(id), id, reason, raw[entryKey(id)] ?? value);
      if (raw[snapshotKey(id)] !== undefined) setAside(snapshotKey(id), id, 'advert text of a job that could not be read', raw[snapshotKey(id)]);
      stale.push(entryKey(id), snapshotKey(id));
      continue;
    }
    const text = SnapshotSchema.safeParse(snapshot ?? NO_SNAPSHOT);
    if (!text.success) setAside(snapshotKey(id), id, `advert text: ${describeIssues(text.error)}`, raw[snapshotKey(id)] ?? snapshot);
    stamps[id] = entry.data.updatedAt;
    kept.push(entry.data);
    const before = listed.get(id);
    const print = before?.at === entry.data.updatedAt ? before.print : textPrint(text.success ? text.data.text : '');
    prints.set(id, print);
    if (!sameValue(raw[entryKey(id)], entry.data)) items[entryKey(id)] = entry.data;
    const keptText = text.success && text.data.text ? text.data : undefined;
    if (keptText && !sameValue(raw[snapshotKey(id)], keptText)) items[snapshotKey(id)] = keptText;
    if (!keptText && raw[snapshotKey(id)] !== undefined) stale.push(snapshotKey(id));
  }
  // The summaries and prints are rebuilt from the jobs just read; only shards that differ are written.
  for (const [key, rows] of Object.entries(shardValues(kept, prints))) if (!sameValue(raw[key], rows)) items[key] = rows;
  const index = indexValue({ version: opts.current, entries: stamps });
  const unchanged = !aside.length && !Object.keys(items).length && !stale.length && stored.legacy === undefined;
  if (unchanged && sameValue(stored.index.entries, stamps) && stored.kind === 'ready') {
    return { mode: 'ready', version: opts.current, message: null, quarantined: describeQuarantine(quarantine).jobs, movedAside: 0 };
  }
  Object.assign(items, { [INDEX_KEY]: index }, aside.length ? withSetAside(quarantine, aside) : {});
  try {
    await area.set(items);
  } catch (err) {
    const why = isQuotaError(err) ? 'browser storage is full' : errorText(err);
    return readOnly(stored.version, UPGRADE_FAILED(why), describeQuarantine(quarantine).jobs);
  }
  const gone = [...stale, ...(stored.legacy !== undefined ? [LEGACY_KEY] : [])];
  if (gone.length) await area.remove(gone).catch(() => undefined);
  const moved = describeQuarantine(aside);
  return {
    mode: 'ready',
    version: opts.current,
    message: null,
    quarantined: describeQuarantine([...quarantine, ...aside]).jobs,
    movedAside: moved.jobs + moved.textsOnly + moved.other,
  };
}

/**
 * Brings a version 1/2 document into `doc`. A job only it holds is added; a job both hold is
 * merged (the later edit wins) and the copy that lost is set aside unless it says the same.
 * Returns why it could not be upgraded, having set the whole document aside; null when it merged.
 */
function mergeLegacy(
  doc: KeyedDoc,
  stored: StoredState,
  opts: OpenOptions,
  setAside: (from: string, id: string | null, reason: string, value: unknown) => void,
): string | null {
  const version = stored.legacyVersion;
  if (version === null) {
    setAside(LEGACY_KEY, null, 'saved jobs in a format this version does not recognise', stored.legacy);
    return null;
  }
  let legacy;
  try {
    legacy = migrate(stored.legacy, version, opts.migrations, opts.current);
  } catch (err) {
    const why = err instanceof MigrationError ? err.message : errorText(err);
    setAside(LEGACY_KEY, null, `version ${version} saved jobs that could not be upgraded: ${why}`, stored.legacy);
    return why;
  }
  for (const r of legacy.rejects) setAside(r.from, r.id, r.reason, r.value);
  const older = `an older copy of this job found in version ${version} data`;
  for (const [id, value] of legacy.doc.entries) {
    const here = doc.entries.get(id);
    if (here === undefined) {
      doc.entries.set(id, value);
      continue;
    }
    const [mine, theirs] = [EntrySchema.safeParse(here), EntrySchema.safeParse(value)];
    if (!mine.success || !theirs.success) {
      if (json(here) !== json(value)) setAside(`${LEGACY_KEY} (version ${version})`, id, older, value);
      continue;
    }
    const { entry } = mergeEntry(mine.data, theirs.data);
    doc.entries.set(id, entry);
    if (!same(entry, theirs.data)) setAside(`${LEGACY_KEY} (version ${version})`, id, older, value);
    if (!same(entry, mine.data)) setAside(entryKey(id), id, `replaced by a later copy found in version ${version} data`, here);
  }
  return null;
}

const same = (a: Entry, b: Entry) => json(a) === json(b);
