import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messages';
import { readProfile, writeProfile } from '../../lib/watchlist/profile';
import { forgetCv, keepCv } from '../../lib/watchlist/kept-cv';
import { syncProfileAndWatchlist } from '../../lib/watchlist/profile-sync';
import { PROFILE_SYNC_STATUS_KEY, SYNC_STATUS_KEY, type SyncStatus } from '../../lib/watchlist/schema';
import { WatchlistStore } from '../../lib/watchlist/store';
import { repostOf, saveLinked } from '../../lib/watchlist/duplicates-store';
import { readSettings, writeSettings } from '../../lib/watchlist/sync';
import { wxtArea } from '../shared/storage-area';
import type { Sender } from './sender';
import { errorText } from '../../lib/errors';

const local = wxtArea('local');
const syncArea = wxtArea('sync');

/** Sync writes are rate-limited by the browser (120 a minute), so bursts of edits share one. */
const SYNC_DELAY_MS = 3_000;
let syncTimer: ReturnType<typeof setTimeout> | undefined;
let syncChain: Promise<unknown> = Promise.resolve();

const OFF: SyncStatus = { state: 'off', at: null, message: 'Sync is off: your saved jobs stay on this computer.', synced: 0, total: 0 };

function scheduleSync() {
  void readSettings(local).then((settings) => {
    if (!settings.sync) return;
    clearTimeout(syncTimer);
    syncTimer = setTimeout(() => void runSync(), SYNC_DELAY_MS);
  });
}

/** The one writer of the watchlist; every page and tab reaches it through the handlers below. */
export const watchlistStore = new WatchlistStore(local, { onChange: scheduleSync });

/** Sync rounds and profile writes, one at a time: a round never takes back a profile saved while it ran. */
function queued<T>(work: () => Promise<T>): Promise<T> {
  const run = syncChain.then(work);
  syncChain = run.catch(() => undefined);
  return run;
}

function runSync(): Promise<SyncStatus> {
  return queued(async () => {
    let status: SyncStatus;
    const items: Record<string, unknown> = {};
    try {
      const both = await syncProfileAndWatchlist(watchlistStore, local, syncArea);
      status = both.watchlist;
      items[PROFILE_SYNC_STATUS_KEY] = both.profile;
    } catch (err) {
      status = { state: 'error', at: new Date().toISOString(), message: errorText(err), synced: 0, total: 0 };
    }
    await local.set({ ...items, [SYNC_STATUS_KEY]: status });
    return status;
  });
}

/**
 * Call once, synchronously, from defineBackground: upgrades stored data early and follows
 * changes other browsers push through sync.
 */
export function registerWatchlistBackground() {
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'sync') scheduleSync();
  });
  void watchlistStore.prepare().then(() => scheduleSync());
}

export const watchlistHandlers: Handlers<Sender> = {
  getProfile: () => readProfile(local),
  async setProfile(profile) {
    await queued(() => writeProfile(local, profile));
    // Only when the reader syncs the watchlist too.
    scheduleSync();
    return { ok: true };
  },
  async keepCv({ text, from }) {
    const kept = await keepCv(local, text, from);
    return { ok: true, at: kept.at };
  },
  async forgetCv() {
    await forgetCv(local);
    return { ok: true };
  },
  watchlistOpen: () => watchlistStore.open(),
  async watchlistLookup({ posting }) {
    return { entry: await watchlistStore.lookup(posting) };
  },
  async watchlistFindRepost({ posting }) {
    return { match: await repostOf(watchlistStore, posting) };
  },
  watchlistSave: ({ posting, analysis, linkTo }) => saveLinked(watchlistStore, posting, analysis, linkTo),
  async watchlistList() {
    return { entries: await watchlistStore.list() };
  },
  async watchlistUpdate({ id, patch }) {
    return { entry: await watchlistStore.update(id, patch) };
  },
  async watchlistDelete({ ids }) {
    return { removed: await watchlistStore.delete(ids) };
  },
  watchlistRestore: ({ entries }) => watchlistStore.restore(entries),
  watchlistImportBatch: ({ entries }) => watchlistStore.merge(entries),
  async watchlistQuarantine() {
    return { items: await watchlistStore.quarantine() };
  },
  async watchlistSetSync({ enabled }) {
    await writeSettings(local, { sync: enabled });
    if (enabled) return runSync();
    clearTimeout(syncTimer);
    await local.set({ [SYNC_STATUS_KEY]: OFF });
    await local.remove([PROFILE_SYNC_STATUS_KEY]);
    return OFF;
  },
  async watchlistSyncNow() {
    const settings = await readSettings(local);
    return settings.sync ? runSync() : OFF;
  },
};
