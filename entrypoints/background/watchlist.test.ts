import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, createSender } from '../../lib/messages';
import { CURRENT_VERSION, entryKey, INDEX_KEY, PROFILE_KEY, PROFILE_SYNC_STATUS_KEY, snapshotKey } from '../../lib/watchlist/schema';
import { readSyncedProfile } from '../../lib/watchlist/profile-sync';
import { readWatchlist } from '../../lib/watchlist/store';
import { importBackup } from '../../lib/watchlist/backup';
import type { Entry } from '../../lib/watchlist/schema';
import { watchKey, wxtArea } from '../shared/storage-area';
import { watchlistHandlers } from './watchlist';
import type { Sender } from './sender';
import { makeAnalysis, makePosting, postings } from '../../tests/watchlist/helpers';
import { toProfile } from '../../lib/analysis';

const sender = { id: 'own' } as Sender;
const router = createRouter(watchlistHandlers, { isTrusted: (s: Sender) => s.id === 'own' });
const send = createSender((m) => router(m, sender) ?? Promise.resolve(undefined));

describe('background watchlist handlers over browser.storage (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('saves through the message protocol into browser.storage.local, one key per job', async () => {
    const { entry, created } = await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    expect(created).toBe(true);
    const stored = await fakeBrowser.storage.local.get([INDEX_KEY, entryKey(entry.id), snapshotKey(entry.id)]);
    expect(stored[INDEX_KEY]).toEqual({ version: CURRENT_VERSION, entries: { [entry.id]: entry.updatedAt } });
    const { snapshot, ...rest } = entry;
    expect(stored[entryKey(entry.id)]).toEqual(rest);
    expect(stored[snapshotKey(entry.id)]).toEqual(snapshot);
    expect(snapshot.text).toContain('RAID log');
    expect((await send('watchlistLookup', { posting: makePosting() })).entry?.id).toBe(entry.id);
    expect((await send('watchlistLookup', { posting: makePosting({ jobId: '1', url: null }) })).entry).toBeNull();
  });

  it('serialises concurrent saves from several senders', async () => {
    await Promise.all(postings(50).map((posting) => send('watchlistSave', { posting, analysis: makeAnalysis() })));
    const read = await readWatchlist(wxtArea('local'));
    expect(read.entries).toHaveLength(50);
    expect((await send('watchlistList', {})).entries).toHaveLength(50);
  });

  it('updates, deletes and restores; bad patches come back as errors', async () => {
    const { entry } = await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    const updated = await send('watchlistUpdate', { id: entry.id, patch: { status: 'offer', notes: 'Start in January' } });
    expect(updated.entry).toMatchObject({ status: 'offer', notes: 'Start in January' });
    await expect(send('watchlistUpdate', { id: entry.id, patch: { status: 'hired' as never } })).rejects.toThrow(/Invalid watchlistUpdate/);
    const { removed } = await send('watchlistDelete', { ids: [entry.id] });
    expect((await send('watchlistList', {})).entries).toEqual([]);
    expect(await send('watchlistRestore', { entries: removed })).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect((await send('watchlistList', {})).entries).toEqual([updated.entry]);
  });

  it('import reports what happened; a file from a newer version is refused with a reason', async () => {
    const { entry } = await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    const json = JSON.stringify({ format: 'pmo-pathfinder-watchlist', version: 3, entries: [entry, { id: 1 }] });
    const batch = (entries: Entry[]) => send('watchlistImportBatch', { entries });
    expect(await importBackup(json, batch)).toEqual({ added: 0, updated: 0, unchanged: 1, rejected: [{ index: 1, reason: expect.any(String) }] });
    await expect(importBackup(JSON.stringify({ version: 99, entries: [] }), batch)).rejects.toThrow(/newer version/);
  });

  it('a damaged index hides no job from the popup or the page, and saving goes on', async () => {
    const saved = [];
    for (const posting of postings(3)) saved.push((await send('watchlistSave', { posting, analysis: makeAnalysis() })).entry);
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: 'garbage' });
    expect((await readWatchlist(wxtArea('local'))).entries).toHaveLength(3);
    expect((await send('watchlistLookup', { posting: postings(3)[0]! })).entry?.id).toBe(saved[0]!.id);
    expect((await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() })).created).toBe(true);
    expect((await send('watchlistList', {})).entries).toHaveLength(4);
  });

  it('a removed index is rebuilt from the entry keys: nothing is orphaned by the next save', async () => {
    for (const posting of postings(3)) await send('watchlistSave', { posting, analysis: makeAnalysis() });
    await fakeBrowser.storage.local.remove(INDEX_KEY);
    await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { entries: object };
    expect(Object.keys(index.entries)).toHaveLength(4);
  });

  it('a newer version written while the background runs makes the popup save refuse at once', async () => {
    await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { entries: object };
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: { ...index, version: 99 } });
    await expect(send('watchlistSave', { posting: makePosting({ jobId: '2' }), analysis: makeAnalysis() })).rejects.toThrow(/newer version/);
    expect(Object.keys(((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { entries: object }).entries)).toHaveLength(1);
  });

  it('stores the profile validated', async () => {
    expect(await send('getProfile', {})).toEqual(toProfile());
    await send('setProfile', { held: ['p3o-foundation', 'p3o-foundation', 'prince2-practitioner'], targetLevel: 'manager' });
    expect(await send('getProfile', {})).toEqual(toProfile({ held: ['p3o-foundation', 'prince2-practitioner'], targetLevel: 'manager' }));
    expect((await fakeBrowser.storage.local.get(PROFILE_KEY))[PROFILE_KEY]).toEqual(toProfile({ held: ['p3o-foundation', 'prince2-practitioner'], targetLevel: 'manager' }));
    await expect(send('setProfile', { held: [], targetLevel: 'ceo' as never })).rejects.toThrow();
  });

  it('pages following the index through storage.watch see each save', async () => {
    const seen: number[] = [];
    const unwatch = watchKey<{ entries: Record<string, string> }>('local', INDEX_KEY, (v) => seen.push(Object.keys(v?.entries ?? {}).length));
    await send('watchlistSave', { posting: postings(2)[0]!, analysis: makeAnalysis() });
    await send('watchlistSave', { posting: postings(2)[1]!, analysis: makeAnalysis() });
    unwatch();
    expect(seen).toEqual([1, 2]);
  });

  it('sync toggle: off by default, on pushes compact entries to storage.sync', async () => {
    expect(await send('watchlistSyncNow', {})).toMatchObject({ state: 'off' });
    await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    const status = await send('watchlistSetSync', { enabled: true });
    expect(status).toMatchObject({ state: 'ok', synced: 1, total: 1 });
    const remote = await fakeBrowser.storage.sync.get(null);
    const items = Object.entries(remote).filter(([k]) => k.startsWith('wl:'));
    expect(items).toHaveLength(1);
    expect(items[0]![1]).not.toHaveProperty('snapshot');
    expect(await send('watchlistSetSync', { enabled: false })).toMatchObject({ state: 'off' });
  });

  describe('the profile follows the watchlist sync setting', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const synced = async () => readSyncedProfile(await fakeBrowser.storage.sync.get(null));

    it('stays off sync until sync is on, then follows each save; turned off, no more is written', async () => {
      await send('setProfile', { held: ['p3o-foundation'], targetLevel: 'analyst' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await synced()).toEqual({ kind: 'none' });

      await send('watchlistSetSync', { enabled: true });
      expect(await synced()).toMatchObject({ kind: 'ok', profile: { held: ['p3o-foundation'], targetLevel: 'analyst' } });
      expect((await fakeBrowser.storage.local.get(PROFILE_SYNC_STATUS_KEY))[PROFILE_SYNC_STATUS_KEY]).toMatchObject({ state: 'ok' });
      await send('setProfile', { held: ['p3o-practitioner'], targetLevel: 'manager' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await synced()).toMatchObject({ kind: 'ok', profile: { held: ['p3o-practitioner'], targetLevel: 'manager' } });

      await send('watchlistSetSync', { enabled: false });
      expect((await fakeBrowser.storage.local.get(PROFILE_SYNC_STATUS_KEY))[PROFILE_SYNC_STATUS_KEY]).toBeUndefined();
      await send('setProfile', { held: ['msp-practitioner'], targetLevel: 'director' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await synced()).toMatchObject({ kind: 'ok', profile: { held: ['p3o-practitioner'], targetLevel: 'manager' } });
      expect(await send('getProfile', {})).toMatchObject({ held: ['msp-practitioner'], targetLevel: 'director' });
    });
  });
});
