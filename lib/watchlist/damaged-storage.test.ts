import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CURRENT_VERSION, entryKey, INDEX_KEY, LEGACY_KEY, snapshotKey } from './schema';
import { readQuarantine, readWatchlist, WatchlistStore } from './store';
import { MemoryArea, makeAnalysis, makePosting, postings } from '../../tests/watchlist/helpers';

const v2Fixture = (): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL('../../tests/watchlist/fixtures/stored-v2.json', import.meta.url)), 'utf8'));

async function threeSaved() {
  const area = new MemoryArea();
  const store = new WatchlistStore(area);
  const saved = [];
  for (const p of postings(3)) saved.push((await store.save(p, makeAnalysis())).entry);
  return { area, saved, ids: saved.map((e) => e.id).sort() };
}

const listed = async (area: MemoryArea) => (await readWatchlist(area)).entries.map((e) => e.id).sort();

describe('the index is a cache: a damaged or missing index hides no saved job', () => {
  it('an index that is not an index: the page still lists every job, the writer rebuilds it and keeps the old value aside', async () => {
    const { area, ids } = await threeSaved();
    area.load({ [INDEX_KEY]: 'garbage' });
    expect(await listed(area)).toEqual(ids);
    const store = new WatchlistStore(area);
    const state = await store.open();
    expect(state.mode).toBe('ready');
    expect(Object.keys((area.dump()[INDEX_KEY] as { entries: object }).entries).sort()).toEqual(ids);
    expect((await readQuarantine(area)).map((i) => i.value)).toContain('garbage');
    // Saving works again, and the jobs saved before are still there.
    await store.save(makePosting({ jobId: 'new-1' }), makeAnalysis());
    expect(await listed(area)).toHaveLength(4);
  });

  it('one bad timestamp in the index sets that record aside and the job stays listed', async () => {
    const { area, saved, ids } = await threeSaved();
    const index = area.dump()[INDEX_KEY] as { version: number; entries: Record<string, unknown> };
    area.load({ [INDEX_KEY]: { ...index, entries: { ...index.entries, [saved[1]!.id]: 123 } } });
    expect(await listed(area)).toEqual(ids);
    const store = new WatchlistStore(area);
    expect((await store.open()).mode).toBe('ready');
    const repaired = area.dump()[INDEX_KEY] as { entries: Record<string, string> };
    expect(repaired.entries[saved[1]!.id]).toBe(saved[1]!.updatedAt);
    const aside = await readQuarantine(area);
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ from: INDEX_KEY, id: saved[1]!.id, value: 123 });
    await store.update(saved[1]!.id, { status: 'applied' });
    expect(await listed(area)).toEqual(ids);
  });

  it('a removed index: the page lists every job and the next save keeps them all', async () => {
    const { area, ids } = await threeSaved();
    await area.remove([INDEX_KEY]);
    expect(await listed(area)).toEqual(ids);
    const { entry } = await new WatchlistStore(area).save(makePosting({ jobId: 'after' }), makeAnalysis());
    expect(await listed(area)).toEqual([...ids, entry.id].sort());
  });

  it('jobs an earlier index lost (entry keys it does not list) are listed again when the page opens', async () => {
    const { area, saved, ids } = await threeSaved();
    const index = area.dump()[INDEX_KEY] as { version: number; entries: Record<string, string> };
    const { [saved[2]!.id]: _lost, ...kept } = index.entries;
    area.load({ [INDEX_KEY]: { ...index, entries: kept } });
    expect(await listed(area)).toHaveLength(2);
    await new WatchlistStore(area).open();
    expect(await listed(area)).toEqual(ids);
  });

  it('a listed job whose entry key is gone leaves the list; its advert text is set aside, not dropped', async () => {
    const { area, saved } = await threeSaved();
    await area.remove([entryKey(saved[0]!.id)]);
    await new WatchlistStore(area).open();
    expect(await listed(area)).toEqual(saved.slice(1).map((e) => e.id).sort());
    expect(await readQuarantine(area)).toMatchObject([{ id: saved[0]!.id, from: snapshotKey(saved[0]!.id), value: saved[0]!.snapshot }]);
    expect(area.data.has(snapshotKey(saved[0]!.id))).toBe(false);
  });

  it('a legacy key holding garbage and no index is set aside and saving works', async () => {
    const area = new MemoryArea();
    area.load({ [LEGACY_KEY]: 'garbage' });
    const store = new WatchlistStore(area);
    const { created } = await store.save(makePosting(), makeAnalysis());
    expect(created).toBe(true);
    expect(area.data.has(LEGACY_KEY)).toBe(false);
    expect((await readQuarantine(area)).map((i) => i.value)).toEqual(['garbage']);
  });
});

describe('a version 2 watchlist beside a version 3 index', () => {
  it('is migrated and merged into the saved jobs, its unreadable entry kept aside', async () => {
    const { area, ids } = await threeSaved();
    area.load({ [LEGACY_KEY]: v2Fixture() });
    const store = new WatchlistStore(area);
    expect((await store.prepare()).mode).toBe('ready');
    const now = await listed(area);
    expect(now).toEqual([...ids, 'https://jobs.example-council.gov.uk/vacancy/881', 'linkedin:3901234567'].sort());
    expect((await store.get('linkedin:3901234567'))!.notes).toBe('Second interview booked; ask about the tooling budget');
    expect(area.data.has(LEGACY_KEY)).toBe(false);
    expect((await readQuarantine(area)).map((i) => i.id)).toEqual(['reed:555']);
  });

  it('an older copy of a job edited since is kept aside, not dropped', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area, { now: () => new Date('2026-01-01T00:00:00.000Z') });
    const { entry } = await store.save(makePosting({ source: 'linkedin', jobId: '3901234567', url: null }), makeAnalysis());
    expect(entry.id).toBe('linkedin:3901234567');
    area.load({ [LEGACY_KEY]: v2Fixture() });
    await new WatchlistStore(area).prepare();
    expect((await store.get(entry.id))!.updatedAt).toBe(entry.updatedAt);
    const aside = await readQuarantine(area);
    expect(aside.find((i) => i.id === entry.id)?.value).toMatchObject({ notes: 'Second interview booked; ask about the tooling budget' });
  });
});

describe('damaged advert text', () => {
  for (const [name, value] of [
    ['a number for text', { text: 12345, truncated: false }],
    ['text over the cap', { text: 'x'.repeat(60_000), truncated: false }],
  ] as const) {
    it(`${name}: set aside on open and reported, the job kept`, async () => {
      const { area, saved, ids } = await threeSaved();
      area.load({ [snapshotKey(saved[0]!.id)]: value });
      const state = await new WatchlistStore(area).open();
      expect(state.movedAside).toBe(1);
      const [item] = await readQuarantine(area);
      expect(item).toMatchObject({ id: saved[0]!.id, from: snapshotKey(saved[0]!.id), value });
      expect(await listed(area)).toEqual(ids);
    });
  }
});

describe('read-only holds while the writer runs', () => {
  it('a newer version written into the index makes the next save refuse and write nothing', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    await store.save(makePosting(), makeAnalysis());
    const index = area.dump()[INDEX_KEY] as { entries: object };
    area.load({ [INDEX_KEY]: { ...index, version: CURRENT_VERSION + 1 } });
    const before = area.dump();
    await expect(store.save(makePosting({ jobId: 'later' }), makeAnalysis())).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.update('reed:51234567', { notes: 'x' })).rejects.toMatchObject({ code: 'read-only' });
    expect(area.dump()).toEqual(before);
  });
});

describe('ids that name Object.prototype members', () => {
  const odd = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'reed:1'];

  it('are saved, listed, counted and re-imported like any other id', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const entries = [];
    for (const id of odd) entries.push({ ...(await new WatchlistStore(new MemoryArea()).save(makePosting(), makeAnalysis())).entry, id });
    expect(await store.merge(entries)).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(await listed(area)).toEqual([...odd].sort());
    expect((await store.list()).map((e) => e.id).sort()).toEqual([...odd].sort());
    expect(await store.merge(entries)).toEqual({ added: 0, updated: 0, unchanged: 5 });
    expect(await store.get('__proto__')).toMatchObject({ id: '__proto__' });
    expect(await store.get('valueOf')).toBeNull();
    await store.delete(['constructor']);
    expect(await listed(area)).toEqual(odd.filter((i) => i !== 'constructor').sort());
    expect(area.data.has(entryKey('constructor'))).toBe(false);
  });

  it('survive the version 2 upgrade', async () => {
    const area = new MemoryArea();
    const base = (v2Fixture() as { entries: Record<string, unknown>[] }).entries[1]!;
    area.load({ [LEGACY_KEY]: { version: 2, entries: odd.map((id) => ({ ...base, id })) } });
    const state = await new WatchlistStore(area).open();
    expect(state.movedAside).toBe(0);
    expect(await listed(area)).toEqual([...odd].sort());
  });
});
