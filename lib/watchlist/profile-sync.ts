import { ProfileSchema, type Profile } from '../analysis';
import { errorText } from '../errors';
import { isQuotaError, type KeyValueArea } from './area';
import { hash64, PROFILE_KEY } from './schema';
import { cleanProfile, IsoStamp, profileItems, readProfileStamp, salvageProfile, type ProfileSyncStatus } from './profile';
import { itemBytes, SYNC_LIMITS, syncWatchlist, type SyncArea, type SyncLimits } from './sync';
import type { WatchlistStore } from './store';
import type { SyncStatus } from './schema';

/**
 * The profile in browser sync: `pf` says when it was changed, in how many parts and with which
 * checksum; `pf:0`, `pf:1`, ... hold its JSON text, split to fit sync's 8 KB items. Only the
 * profile's own fields go: a CV's text is stored under a key of its own and never read here.
 * Short keys because a key counts against the quota; none starts with the watchlist's `wl:`.
 */
export const SYNC_PROFILE_KEY = 'pf';
export const syncPartKey = (i: number) => `${SYNC_PROFILE_KEY}:${i}`;
const PART_KEY = /^pf:\d+$/;
const FORMAT = 1;

/** The share of sync's 100 KB the profile may take; one picked from the lexicon is a few KB. */
export const PROFILE_SYNC_MAX_BYTES = 24 * 1024;
const MAX_PARTS = 8;

interface Meta {
  v: number;
  at: string;
  n: number;
  sum: string;
}

type Remote =
  | { kind: 'none' }
  | { kind: 'ok'; at: string; profile: Profile; json: string }
  | { kind: 'newer' }
  | { kind: 'damaged'; at: string | null; reason: string };

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** The synced profile, checked whole: its parts must all be there and match the checksum. */
export function readSyncedProfile(all: Record<string, unknown>): Remote {
  const raw = all[SYNC_PROFILE_KEY];
  if (raw === undefined) return { kind: 'none' };
  const meta = raw as Partial<Meta> | null;
  if (meta && typeof meta === 'object' && typeof meta.v === 'number' && meta.v > FORMAT) return { kind: 'newer' };
  const at = IsoStamp.safeParse(meta?.at);
  if (!meta || meta.v !== FORMAT || !at.success || !Number.isInteger(meta.n) || meta.n! < 1 || meta.n! > MAX_PARTS || typeof meta.sum !== 'string')
    return { kind: 'damaged', at: null, reason: 'its description is not one this version wrote' };
  const parts: string[] = [];
  for (let i = 0; i < meta.n!; i++) {
    const part = all[syncPartKey(i)];
    if (typeof part !== 'string') return { kind: 'damaged', at: at.data, reason: `part ${i + 1} of ${meta.n} is missing` };
    parts.push(part);
  }
  const json = parts.join('');
  if (hash64(json) !== meta.sum) return { kind: 'damaged', at: at.data, reason: 'its parts do not add up to what was written' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { kind: 'damaged', at: at.data, reason: 'it is not valid JSON' };
  }
  const parsed = ProfileSchema.safeParse(value);
  if (!parsed.success) return { kind: 'damaged', at: at.data, reason: 'it is not a profile this version can read' };
  const profile = cleanProfile(parsed.data);
  return { kind: 'ok', at: at.data, profile, json: JSON.stringify(profile) };
}

/** The profile's JSON split into sync items, each within the per-item limit (a key's bytes count too). */
export function profileSyncItems(profile: Profile, at: string, limits: SyncLimits = SYNC_LIMITS): Record<string, unknown> {
  const json = JSON.stringify(profile);
  const parts: string[] = [];
  let part = '';
  const room = limits.itemBytes - itemBytes(syncPartKey(MAX_PARTS), '');
  let used = 0;
  for (const ch of json) {
    // What the character costs once the part is written as a JSON string ("\"" takes two bytes).
    const cost = itemBytes('', ch) - 2;
    if (used + cost > room) {
      parts.push(part);
      part = '';
      used = 0;
    }
    part += ch;
    used += cost;
  }
  parts.push(part);
  const items: Record<string, unknown> = { [SYNC_PROFILE_KEY]: { v: FORMAT, at, n: parts.length, sum: hash64(json) } satisfies Meta };
  parts.forEach((p, i) => (items[syncPartKey(i)] = p));
  return items;
}

const bytesOf = (items: Record<string, unknown>) => Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
const profileKeysIn = (all: Record<string, unknown>) => Object.keys(all).filter((k) => k === SYNC_PROFILE_KEY || PART_KEY.test(k));

/** What one round does with the profile: written to sync before or after the watchlist, it fits beside it. */
export interface ProfilePlan {
  set: Record<string, unknown>;
  remove: string[];
  /** What the profile takes in sync during and after this round, kept free of saved jobs. */
  reserve: { bytes: number; items: number };
  status: ProfileSyncStatus;
}

const KEPT_HERE = 'Your profile on this computer is complete and unchanged.';
const SYNCED = 'Your profile is synced across your browsers (never any CV text).';

/**
 * Merges the profile in sync with this browser's: the one changed last wins, a tie goes to the
 * same one in every browser (the greater JSON text). A synced profile that cannot be read is
 * never taken; it is replaced by this browser's only when this one changed after it was written.
 * Takes a newer synced profile into local storage at once; what goes to sync is left to applyProfilePlan.
 */
export async function planProfileSync(local: KeyValueArea, all: Record<string, unknown>, now = new Date(), limits: SyncLimits = SYNC_LIMITS): Promise<ProfilePlan> {
  const at = now.toISOString();
  const remote = readSyncedProfile(all);
  const existing = profileKeysIn(all);
  const existingBytes = existing.reduce((n, k) => n + itemBytes(k, all[k]), 0);
  const keep = (status: ProfileSyncStatus): ProfilePlan => ({ set: {}, remove: [], reserve: { bytes: existingBytes, items: existing.length }, status });

  const stored = (await local.get([PROFILE_KEY]))[PROFILE_KEY];
  const hasLocal = stored !== undefined;
  const mine = salvageProfile(stored);
  const mineJson = JSON.stringify(mine);
  // A profile stored before changes were stamped is older than any stamped one.
  const mineAt = (await readProfileStamp(local)) ?? new Date(0).toISOString();

  if (remote.kind === 'newer')
    return keep({ state: 'unreadable', at, message: `The profile in sync was saved by a newer version of PMO Pathfinder, so this browser leaves it as it is. ${KEPT_HERE}` });

  if (remote.kind === 'ok') {
    const theirsWin = !hasLocal || remote.at > mineAt || (remote.at === mineAt && remote.json > mineJson);
    if (remote.json === mineJson) return keep({ state: 'ok', at, message: SYNCED });
    if (theirsWin) {
      await local.set(profileItems(remote.profile, remote.at));
      return keep({ state: 'ok', at, message: SYNCED });
    }
  }

  let damaged = '';
  if (remote.kind === 'damaged') {
    damaged = `The profile synced from another browser could not be read (${remote.reason}), so it was ignored. `;
    // Parts still arriving from a newer change look the same as damage: wait for them rather than overwrite.
    if (!hasLocal || (remote.at !== null && remote.at >= mineAt)) return keep({ state: 'unreadable', at, message: `${damaged}${KEPT_HERE}` });
  }
  if (!hasLocal) return keep({ state: 'ok', at, message: 'Your profile will be synced once you save it.' });

  const items = profileSyncItems(mine, mineAt, limits);
  const bytes = bytesOf(items);
  if (bytes > PROFILE_SYNC_MAX_BYTES || Object.keys(items).length > MAX_PARTS + 1) {
    const lists = `${mine.held.length} certificates, ${mine.skills.length} skills and ${mine.tools.length} tools`;
    return keep({
      state: 'too-big',
      at,
      message: `${damaged}Your profile is too large to sync (${kb(bytes)} with ${lists}; sync keeps ${kb(PROFILE_SYNC_MAX_BYTES)} for it), so your other browsers keep the profile they have. ${KEPT_HERE}`,
    });
  }
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(items)) if (JSON.stringify(all[k]) !== JSON.stringify(v)) set[k] = v;
  const remove = existing.filter((k) => !(k in items));
  return {
    set,
    remove,
    reserve: { bytes: Math.max(bytes, existingBytes), items: Math.max(Object.keys(items).length, existing.length) },
    status: damaged
      ? { state: 'ok', at, message: `${damaged}This browser's profile was synced in its place.` }
      : { state: 'ok', at, message: SYNCED },
  };
}

/** Writes what the plan decided; a failure leaves the local profile as it is and says so. */
export async function applyProfilePlan(remote: SyncArea, plan: ProfilePlan): Promise<ProfileSyncStatus> {
  try {
    if (plan.remove.length) await remote.remove(plan.remove);
    if (Object.keys(plan.set).length) await remote.set(plan.set);
    return plan.status;
  } catch (err) {
    const why = isQuotaError(err) ? 'browser sync storage is full' : errorText(err);
    return { state: 'error', at: plan.status.at, message: `Your profile was not synced: ${why}. ${KEPT_HERE}` };
  }
}

/**
 * One round of sync for the profile and the watchlist together: the profile is merged first and
 * keeps its room, and the saved jobs fill what is left of the quota.
 */
export async function syncProfileAndWatchlist(
  store: WatchlistStore,
  local: KeyValueArea,
  remote: SyncArea,
  now = new Date(),
  limits: SyncLimits = SYNC_LIMITS,
): Promise<{ watchlist: SyncStatus; profile: ProfileSyncStatus }> {
  const plan = await planProfileSync(local, await remote.getAll(), now, limits);
  const watchlist = await syncWatchlist(store, remote, now, {
    ...limits,
    totalBytes: limits.totalBytes - plan.reserve.bytes,
    maxItems: limits.maxItems - plan.reserve.items,
  });
  const profile = await applyProfilePlan(remote, plan);
  return { watchlist, profile };
}
