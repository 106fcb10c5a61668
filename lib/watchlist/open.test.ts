import { describe, expect, it } from 'vitest';
import { WatchlistStore } from './store';
import { MemoryArea, makeAnalysis, postings } from '../../tests/watchlist/helpers';

const sortKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;

/** Hands values back with every object's keys sorted, as Chromium's storage does. */
class SortingArea extends MemoryArea {
  override async get(keys: string[]) {
    return sortKeys(await super.get(keys)) as Record<string, unknown>;
  }
}

describe('opening stored data', () => {
  it('writes nothing when nothing changed, though storage hands the values back with their keys in another order', async () => {
    const area = new SortingArea();
    const store = new WatchlistStore(area);
    for (const posting of postings(12)) await store.save(posting, makeAnalysis());
    await store.open();
    const before = area.sets;
    expect(await store.open()).toMatchObject({ mode: 'ready', movedAside: 0 });
    expect(await store.open()).toMatchObject({ mode: 'ready', movedAside: 0 });
    expect(area.sets).toBe(before);
  });
});
