import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messages';
import { readProfile, writeProfile } from '../../lib/watchlist/profile';
import { SYNC_STATUS_KEY, type SyncStatus } from '../../lib/watchlist/schema';
import { WatchlistStore } from '../../lib/watchlist/store';
import { repostOf, saveLinked } from '../../lib/watchlist/duplicates-store';
import { readSettings, syncWatchlist, writeSettings } from '../../lib/watchlist/sync';
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

function runSync(): Promise<SyncStatus> {
  const run = syncChain.then(async () => {
    let status: SyncStatus;
    try {
      status = await syncWatchlist(watchlistStore, syncArea);
    } catch (err) {
      status = { state: 'error', at: new Date().toISOString(), message: errorText(err), synced: 0, total: 0 };
    }
    await local.set({ [SYNC_STATUS_KEY]: status });
    return status;
  });
  syncChain = run.catch(() => undefined);
  return run;
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
    await writeProfile(local, profile);
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
    return OFF;
  },
  async watchlistSyncNow() {
    const settings = await readSettings(local);
    return settings.sync ? runSync() : OFF;
  },
};
