import { describe, expect, it } from 'vitest';
import type { KeyValueArea } from './area';
import { readAhead } from './read-ahead';
import { MemoryArea } from '../../tests/watchlist/helpers';

/** An area that records every get() and tells followers of each set(), as browser storage does. */
class FollowedArea extends MemoryArea {
  reads: string[][] = [];
  listeners = new Set<(keys: string[]) => void>();
  failReads = false;
  override async get(keys: string[]) {
    this.reads.push(keys);
    if (this.failReads) throw new Error('storage unavailable');
    return super.get(keys);
  }
  override async set(items: Record<string, unknown>) {
    await super.set(items);
    for (const l of this.listeners) l(Object.keys(items));
  }
  follow = (listener: (keys: string[]) => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const KEYS = ['watchlist:index', 'watchlist:rows:0', 'profile', 'profile:cv'];

async function seeded() {
  const area = new FollowedArea();
  area.load({ 'watchlist:index': { version: 4, entries: {} }, 'watchlist:rows:0': '[]', profile: { held: ['p3o-foundation'] }, other: 1 });
  area.reads = [];
  return area;
}

describe('a page’s storage read begun before its code is ready', () => {
  it('answers the page’s first reads of those keys from the one read begun at once', async () => {
    const area = await seeded();
    const early: KeyValueArea = readAhead(area, KEYS, area.follow);
    expect(area.reads).toEqual([KEYS]);
    expect(await early.get(['watchlist:index', 'watchlist:rows:0', 'profile'])).toEqual({
      'watchlist:index': { version: 4, entries: {} },
      'watchlist:rows:0': '[]',
      profile: { held: ['p3o-foundation'] },
    });
    expect(await early.get(['profile:cv'])).toEqual({});
    expect(area.reads).toHaveLength(1);
    // Every follower is let go once each key has been handed out.
    expect(area.listeners.size).toBe(0);
  });

  it('reads a key again when it changed after the early read began, so a save made meanwhile is not lost', async () => {
    const area = await seeded();
    const early = readAhead(area, KEYS, area.follow);
    await area.set({ profile: { held: ['msp-foundation'] } });
    expect(await early.get(['profile'])).toEqual({ profile: { held: ['msp-foundation'] } });
    expect(area.reads).toEqual([KEYS, ['profile']]);
    // Keys the change did not touch are still answered from the early read.
    expect(await early.get(['watchlist:index'])).toEqual({ 'watchlist:index': { version: 4, entries: {} } });
    expect(area.reads).toHaveLength(2);
  });

  it('answers each key from the early read once; later reads, other keys and writes go to storage', async () => {
    const area = await seeded();
    const early = readAhead(area, KEYS, area.follow);
    await early.get(['profile']);
    await early.get(['profile']);
    await early.get(['other']);
    await early.get(['profile:cv', 'other']);
    expect(area.reads).toEqual([KEYS, ['profile'], ['other'], ['profile:cv', 'other']]);
    await early.set({ other: 2 });
    expect(await area.get(['other'])).toEqual({ other: 2 });
  });

  it('an early read that failed is not used: the page’s own read goes to storage and reports its own result', async () => {
    const area = await seeded();
    area.failReads = true;
    const early = readAhead(area, KEYS, area.follow);
    await expect(early.get(['profile'])).rejects.toThrow('storage unavailable');
    area.failReads = false;
    expect(await early.get(['watchlist:index'])).toEqual({ 'watchlist:index': { version: 4, entries: {} } });
    expect(area.reads).toEqual([KEYS, ['profile'], ['watchlist:index']]);
  });
});
