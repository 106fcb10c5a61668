import { describe, expect, it } from 'vitest';
import { compact, SYNC_LIMITS, SYNC_META_KEY, syncKey, syncWatchlist } from './sync';
import { readWatchlist, WatchlistStore } from './store';
import { MemoryArea, makeAnalysis, postings } from '../../tests/watchlist/helpers';

function browserWith(sync: MemoryArea, start: string) {
  let t = Date.parse(start);
  const area = new MemoryArea();
  return { area, store: new WatchlistStore(area, { now: () => new Date((t += 1000)) }), sync };
}

const chromeSync = () => new MemoryArea(SYNC_LIMITS.totalBytes, SYNC_LIMITS.itemBytes, SYNC_LIMITS.maxItems);

describe('sync across browsers', () => {
  it('carries entries without their advert text and merges per entry by updatedAt', async () => {
    const sync = chromeSync();
    const a = browserWith(sync, '2026-11-01T09:00:00.000Z');
    const b = browserWith(sync, '2026-11-01T10:00:00.000Z');
    const jobs = postings(4);
    const savedA = await Promise.all(jobs.slice(0, 3).map((p) => a.store.save(p, makeAnalysis())));
    await b.store.save(jobs[3]!, makeAnalysis());

    expect((await syncWatchlist(a.store, sync)).state).toBe('ok');
    for (const s of savedA) {
      const item = sync.dump()[syncKey(s.entry.id)] as Record<string, unknown>;
      expect(item).toEqual(compact(s.entry));
      expect(item).not.toHaveProperty('snapshot');
    }
    const statusB = await syncWatchlist(b.store, sync);
    expect(statusB).toMatchObject({ state: 'ok', synced: 4, total: 4 });
    const onB = await b.store.list();
    expect(onB).toHaveLength(4);
    // Pulled copies have no text; the local copy keeps its own.
    expect(onB.find((e) => e.id === savedA[0]!.entry.id)!.snapshot.text).toBe('');
    expect(onB.find((e) => e.posting.jobId === jobs[3]!.jobId)!.snapshot.text).not.toBe('');

    // Both edit the same job; B's edit is later and wins on both sides, A keeps its snapshot.
    const id = savedA[0]!.entry.id;
    await a.store.update(id, { status: 'applied' });
    await b.store.update(id, { status: 'interviewing', notes: 'from B' });
    await syncWatchlist(a.store, sync);
    await syncWatchlist(b.store, sync);
    await syncWatchlist(a.store, sync);
    const onA = await a.store.get(id);
    expect(onA).toMatchObject({ status: 'interviewing', notes: 'from B' });
    expect(onA!.snapshot.text).toBe(savedA[0]!.entry.snapshot.text);
    expect((await b.store.get(id))!.status).toBe('interviewing');
    expect((await readWatchlist(a.area)).entries).toHaveLength(4);
  });

  it('a job deleted in one browser is deleted in the other, not brought back', async () => {
    const sync = chromeSync();
    const a = browserWith(sync, '2026-11-01T09:00:00.000Z');
    const b = browserWith(sync, '2026-11-01T09:30:00.000Z');
    const saved = await Promise.all(postings(2).map((p) => a.store.save(p, makeAnalysis())));
    await syncWatchlist(a.store, sync);
    await syncWatchlist(b.store, sync);
    await a.store.delete([saved[0]!.entry.id]);
    await syncWatchlist(a.store, sync);
    expect(sync.dump()).not.toHaveProperty([syncKey(saved[0]!.entry.id)]);
    expect(sync.dump()[SYNC_META_KEY]).toMatchObject({ deleted: { [saved[0]!.entry.id]: expect.any(String) } });
    await syncWatchlist(b.store, sync);
    expect((await readWatchlist(b.area)).entries.map((e) => e.id)).toEqual([saved[1]!.entry.id]);
    await syncWatchlist(a.store, sync);
    expect((await readWatchlist(a.area)).entries.map((e) => e.id)).toEqual([saved[1]!.entry.id]);
  });

  it('over quota: syncs the most recent jobs, says how many, and keeps every job locally', async () => {
    const sync = chromeSync();
    const a = browserWith(sync, '2026-11-01T09:00:00.000Z');
    for (const p of postings(300)) await a.store.save(p, makeAnalysis());
    const status = await syncWatchlist(a.store, sync);
    expect(status.state).toBe('partial');
    expect(status.total).toBe(300);
    expect(status.synced).toBeGreaterThan(20);
    expect(status.synced).toBeLessThan(300);
    expect(status.message).toMatch(new RegExp(`Sync carries ${status.synced} of your 300 saved jobs.*stays complete on this computer`));
    expect(sync.bytes()).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
    expect((await readWatchlist(a.area)).entries).toHaveLength(300);
    // The newest job is among the synced ones.
    const newest = (await readWatchlist(a.area)).entries.sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1))[0]!;
    expect(sync.data.has(syncKey(newest.id))).toBe(true);
  });

  it('an entry too large for one sync item is left out with a reason', async () => {
    const sync = chromeSync();
    const a = browserWith(sync, '2026-11-01T09:00:00.000Z');
    const [one, two] = await Promise.all(postings(2).map((p) => a.store.save(p, makeAnalysis())));
    await a.store.update(one!.entry.id, { notes: 'Interview prep: '.repeat(600) });
    const status = await syncWatchlist(a.store, sync);
    expect(status).toMatchObject({ state: 'partial', synced: 1, total: 2 });
    expect(status.message).toMatch(/1 job has notes too long to sync/);
    expect(sync.data.has(syncKey(two!.entry.id))).toBe(true);
  });

  it('a quota error from sync storage gives a clear message and changes nothing locally', async () => {
    const sync = chromeSync();
    const a = browserWith(sync, '2026-11-01T09:00:00.000Z');
    await Promise.all(postings(3).map((p) => a.store.save(p, makeAnalysis())));
    const before = a.area.dump();
    sync.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    const status = await syncWatchlist(a.store, sync);
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/sync storage is full.*complete and unchanged/);
    expect(a.area.dump()).toEqual(before);
  });
});
