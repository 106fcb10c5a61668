/**
 * Every storage key the watchlist uses, in one place.
 *
 * Layout (version 3 on): one key per saved job (`watchlist:entry:<id>`), its advert text under
 * a key of its own (`watchlist:snapshot:<id>`, absent when there is no text), and an index
 * (`watchlist:index` = { version, entries: { id: updatedAt } }). The entry keys are the record;
 * the index is a cache of them that can always be rebuilt from the keys, so a damaged index
 * never hides a job:
 * - a save rewrites one entry and the index, not the whole watchlist (5,000 jobs with their
 *   advert text run to megabytes);
 * - the index is written in the same set() as the entry and carries each updatedAt, so an open
 *   page re-reads only the entries that changed;
 * - the table reads no advert text: with 5,000 jobs about 3 MB instead of 20 MB at every open.
 * From version 4 the page's list comes from summaries (`watchlist:rows:<n>`, a fixed number of
 * shards, each the JSON text of a list of one summary per job, or that list itself as first
 * written: see summary.ts). They are a cache of the entry
 * keys too, written in the same set() as the entry: the page reads the index and every shard in
 * one get() at open, and a shard holds few enough jobs that a save rewrites a small value.
 * What the page does not need at open is kept out of them: the fingerprint of each advert text,
 * which only the writer reads to find reposts, has shards of its own (`watchlist:prints:<n>`,
 * written in the same set()), and the search text is worked out from the summary when first
 * searched. Shards written before still carry both and read the same.
 * Versions 1 and 2 kept everything in one key (`watchlist`); see migrations/.
 */
export const LEGACY_KEY = 'watchlist';
export const INDEX_KEY = 'watchlist:index';
export const QUARANTINE_KEY = 'watchlist:quarantine';
export const SETTINGS_KEY = 'watchlist:settings';
export const SYNC_STATUS_KEY = 'watchlist:sync-status';
export const TOMBSTONES_KEY = 'watchlist:tombstones';
export const PROFILE_KEY = 'profile';
/** When the profile was last changed ({ at }), beside it rather than in it: sync merges by it. */
export const PROFILE_STAMP_KEY = 'profile:stamp';
export const PROFILE_SYNC_STATUS_KEY = 'profile:sync-status';
/** A CV's text, only when the reader asked to keep it; never synced. */
export const KEPT_CV_KEY = 'profile:cv';

const ENTRY_PREFIX = 'watchlist:entry:';
const SNAPSHOT_PREFIX = 'watchlist:snapshot:';
const ROWS_PREFIX = 'watchlist:rows:';
const PRINTS_PREFIX = 'watchlist:prints:';

/** Enough shards that one stays small at 20,000 jobs, few enough that reading them all is one cheap call. */
export const ROW_SHARDS = 32;
export const rowsKey = (shard: number) => `${ROWS_PREFIX}${shard}`;
export const ROW_KEYS: readonly string[] = Array.from({ length: ROW_SHARDS }, (_, i) => rowsKey(i));
export const isRowsKey = (key: string) => key.startsWith(ROWS_PREFIX);
/** The fingerprints of the advert texts, sharded as the summaries are: only the writer reads them. */
export const printsKey = (shard: number) => `${PRINTS_PREFIX}${shard}`;
export const PRINT_KEYS: readonly string[] = Array.from({ length: ROW_SHARDS }, (_, i) => printsKey(i));
export const isPrintsKey = (key: string) => key.startsWith(PRINTS_PREFIX);

/** What lists the saved jobs: the index, a version 1/2 document if one is left, and the summaries. */
export const LISTING_KEYS: readonly string[] = [INDEX_KEY, LEGACY_KEY, ...ROW_KEYS];
/** Everything else the watchlist page shows at open, read in the same call as the list. */
export const PAGE_OPEN_KEYS: readonly string[] = [QUARANTINE_KEY, PROFILE_KEY, PROFILE_SYNC_STATUS_KEY, KEPT_CV_KEY, SETTINGS_KEY, SYNC_STATUS_KEY];

export const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;
export const snapshotKey = (id: string) => `${SNAPSHOT_PREFIX}${id}`;

/** The id a saved job's key names, or null for any other key. */
export const idOfEntryKey = (key: string): string | null => (key.startsWith(ENTRY_PREFIX) ? key.slice(ENTRY_PREFIX.length) : null);
export const isSnapshotKey = (key: string) => key.startsWith(SNAPSHOT_PREFIX);
