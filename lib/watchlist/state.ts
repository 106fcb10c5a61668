import { newerVersionMessage, type KeyValueArea } from './area';
import { idOfEntryKey, INDEX_KEY, LEGACY_KEY } from './keys';
import { detectLegacyVersion } from './migrations';
import { CURRENT_VERSION, emptyStamps, hasId, parseIndex, type Index } from './schema';

/**
 * - empty: nothing saved yet;
 * - ready: the index lists every job and is current;
 * - repair: jobs are all there but the index is missing, damaged or incomplete, or a version 1/2
 *   document sits beside it: the writer rebuilds the index from the entry keys first;
 * - upgrade: saved by an earlier version; the writer runs the migrations first;
 * - newer: saved by a newer version: shown, never written.
 */
export type StoredKind = 'empty' | 'ready' | 'repair' | 'upgrade' | 'newer';

export interface StoredState {
  kind: StoredKind;
  /** The version the stored data says it is; null when nothing says. */
  version: number | null;
  /** What to list: the stored index, with jobs it lost added back from their keys. */
  index: Index;
  /** Damaged index records (a date that is not a date), to set aside. */
  badStamps: { id: string; value: unknown }[];
  /** The index value when it is not an index at all, to set aside. */
  unreadableIndex: unknown;
  /** The value under the version 1/2 key, if any. */
  legacy: unknown;
  legacyVersion: number | null;
  message: string | null;
}

export interface Found {
  index: unknown;
  legacy: unknown;
  /** Ids that have an entry key; only needed when the index cannot be trusted to list them. */
  entryIds?: readonly string[];
}

/**
 * The one judgement of what is stored, used by the page to decide what to show and by the
 * writer to decide whether it may write, so the two can never disagree.
 */
export function judge(found: Found, current = CURRENT_VERSION): StoredState {
  const parsed = found.index === undefined ? null : parseIndex(found.index);
  const legacyVersion = found.legacy === undefined ? null : detectLegacyVersion(found.legacy);
  // parseIndex built a fresh record, so it is extended in place rather than copied.
  const entries = parsed?.index.entries ?? emptyStamps();
  const unlisted = (found.entryIds ?? []).filter((id) => !hasId(entries, id));
  for (const id of unlisted) entries[id] = '';
  const base = {
    version: parsed?.index.version ?? legacyVersion,
    index: { version: parsed?.index.version ?? current, entries },
    badStamps: parsed?.bad ?? [],
    unreadableIndex: found.index !== undefined && !parsed ? found.index : undefined,
    legacy: found.legacy,
    legacyVersion,
  };
  const newest = Math.max(parsed?.index.version ?? 0, legacyVersion ?? 0);
  if (newest > current) return { ...base, kind: 'newer', version: newest, message: newerVersionMessage(newest, current) };
  if ((parsed && parsed.index.version < current) || (legacyVersion !== null && !parsed && !unlisted.length)) {
    return { ...base, kind: 'upgrade', message: 'Upgrading your saved jobs…' };
  }
  const damaged = found.index !== undefined && (!parsed || parsed.bad.length > 0);
  if (damaged || unlisted.length || found.legacy !== undefined) return { ...base, kind: 'repair', message: 'Checking your saved jobs…' };
  return { ...base, kind: parsed ? 'ready' : 'empty', message: null };
}

/**
 * Reads what `judge` needs. The list of keys is read only when the index is missing or damaged
 * (or when asked, to find jobs an index lost earlier): that read is the whole area in some browsers.
 */
export async function inspect(area: KeyValueArea, opts: { current?: number; scan?: boolean } = {}): Promise<StoredState> {
  const got = await area.get([INDEX_KEY, LEGACY_KEY]);
  const found: Found = { index: got[INDEX_KEY], legacy: got[LEGACY_KEY] };
  const parsed = found.index === undefined ? null : parseIndex(found.index);
  if (opts.scan || !parsed) {
    found.entryIds = (await area.keys()).map(idOfEntryKey).filter((id): id is string => id !== null);
  }
  return judge(found, opts.current);
}

/** Whether the writer has to act before the stored jobs can be edited. */
export const needsWriter = (s: StoredState) => s.kind === 'repair' || s.kind === 'upgrade';
