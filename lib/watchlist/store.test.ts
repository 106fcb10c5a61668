import { describe, expect, it } from 'vitest';
import { canonicalId, canonicalUrl, entryKey, INDEX_KEY, printsKey, QUARANTINE_KEY, rowsKey, SNAPSHOT_MAX_CHARS } from './schema';
import { shardOf } from './summary';
import { readQuarantine, readWatchlist, WatchlistError, WatchlistStore } from './store';
import { MemoryArea, makeAnalysis, makePosting, postings } from '../../tests/watchlist/helpers';

function clock(start = Date.parse('2026-11-20T10:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

describe('canonical ids', () => {
  it('uses board and job id when the board gives one', () => {
    expect(canonicalId(makePosting())).toBe('reed:51234567');
  });
  it('qualifies a job id read from generic markup by the site', () => {
    expect(canonicalId(makePosting({ source: 'jsonld', jobId: 'REQ-77', url: 'https://careers.example.org/jobs/77?utm_medium=email' }))).toBe(
      'careers.example.org:REQ-77',
    );
  });
  it('falls back to the URL without tracking, fragment or www', () => {
    const a = canonicalId(makePosting({ jobId: null, url: 'http://www.example.org/jobs/77/?utm_source=x&gclid=abc&b=2&a=1#apply' }));
    const b = canonicalId(makePosting({ jobId: null, url: 'https://example.org/jobs/77?a=1&b=2' }));
    expect(a).toBe('https://example.org/jobs/77?a=1&b=2');
    expect(b).toBe(a);
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
  });
  it('hashes what the advert says when there is neither', () => {
    const base = { source: 'text', jobId: null, url: null, company: null } as const;
    const one = canonicalId(makePosting({ ...base, text: 'PMO Analyst\n  needed   now' }));
    expect(one).toMatch(/^text:[0-9a-f]{16}$/);
    expect(canonicalId(makePosting({ ...base, text: 'PMO Analyst needed now' }))).toBe(one);
    expect(canonicalId(makePosting({ ...base, text: 'PMO Manager needed now' }))).not.toBe(one);
  });
});

describe('saving', () => {
  it('saving the same advert twice updates the entry and keeps what the reader wrote', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area, { now: clock() });
    const first = await store.save(makePosting(), makeAnalysis());
    expect(first.created).toBe(true);
    await store.update(first.entry.id, { status: 'applied', notes: 'Sent CV', tags: ['leeds', 'hybrid'] });
    // Same advert reached through a different link, with a richer analysis.
    const again = await store.save(
      makePosting({ url: 'https://www.reed.co.uk/jobs/pmo-analyst/51234567?source=alert', salary: '£40,000' }),
      makeAnalysis({ level: { id: 'manager', confidence: 0.6, evidence: [] } }),
    );
    expect(again.created).toBe(false);
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.entry).toMatchObject({ status: 'applied', notes: 'Sent CV', tags: ['leeds', 'hybrid'], savedAt: first.entry.savedAt });
    expect(again.entry.posting.salary).toBe('£40,000');
    expect(again.entry.analysis.level.id).toBe('manager');
    expect(again.entry.updatedAt > first.entry.updatedAt).toBe(true);
    expect((await readWatchlist(area)).entries).toHaveLength(1);
  });

  it('summarises the analysis: strongest requirement per certification, top office, recommendations', async () => {
    const store = new WatchlistStore(new MemoryArea());
    const { entry } = await store.save(makePosting(), makeAnalysis());
    expect(entry.analysis.office).toBe('portfolio');
    expect(entry.analysis.certifications).toEqual([
      { id: 'p3o-foundation', family: 'p3o', requirement: 'required' },
      { id: 'prince2-foundation', family: 'prince2', requirement: 'required' },
      { id: 'apm-pfq', family: 'apm', requirement: 'desirable' },
    ]);
    expect(entry.analysis.recommendations[0]).toEqual({ id: 'hopmo-essentials-analyst', family: 'hopmo-essentials' });
  });

  it('caps the advert snapshot', async () => {
    const store = new WatchlistStore(new MemoryArea());
    const { entry } = await store.save(makePosting({ text: 'Project support. '.repeat(10_000) }), makeAnalysis());
    expect(entry.snapshot.text.length).toBe(SNAPSHOT_MAX_CHARS);
    expect(entry.snapshot.truncated).toBe(true);
  });

  it('50 saves at once all land', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const all = postings(50);
    const results = await Promise.all(all.map((p) => store.save(p, makeAnalysis())));
    expect(results.every((r) => r.created)).toBe(true);
    const read = await readWatchlist(area);
    expect(read.entries).toHaveLength(50);
    expect(Object.keys(read.index!.entries).sort()).toEqual(all.map((p) => canonicalId(p)).sort());
  });

  it('saves, edits and deletes interleaved from many callers all land', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const all = postings(30);
    const saved = await Promise.all(all.slice(0, 10).map((p) => store.save(p, makeAnalysis())));
    await Promise.all([
      ...all.slice(10).map((p) => store.save(p, makeAnalysis())),
      ...saved.slice(0, 5).map((s, i) => store.update(s.entry.id, { notes: `note ${i}` })),
      store.delete([saved[9]!.entry.id]),
    ]);
    const read = await readWatchlist(area);
    expect(read.entries).toHaveLength(29);
    expect(read.entries.filter((e) => e.notes.startsWith('note '))).toHaveLength(5);
  });

  it('a failed write does not block the writes queued after it', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    area.failNextSet = new Error('IO error');
    const [a, b] = await Promise.allSettled([store.save(postings(2)[0]!, makeAnalysis()), store.save(postings(2)[1]!, makeAnalysis())]);
    expect(a.status).toBe('rejected');
    expect(b.status).toBe('fulfilled');
  });
});

describe('editing and deleting', () => {
  it('rejects patches that fail the schema and unknown ids', async () => {
    const store = new WatchlistStore(new MemoryArea());
    const { entry } = await store.save(makePosting(), makeAnalysis());
    await expect(store.update(entry.id, { status: 'hired' as never })).rejects.toThrow();
    await expect(store.update('reed:nope', { notes: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('delete returns the entries and restore brings them back unchanged', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const saved = await Promise.all(postings(3).map((p) => store.save(p, makeAnalysis())));
    const removed = await store.delete([saved[1]!.entry.id]);
    expect(removed).toEqual([saved[1]!.entry]);
    expect(area.data.has(entryKey(saved[1]!.entry.id))).toBe(false);
    expect((await readWatchlist(area)).entries).toHaveLength(2);
    const report = await store.restore(removed);
    expect(report.added).toBe(1);
    expect(await store.get(saved[1]!.entry.id)).toEqual(saved[1]!.entry);
  });
});

describe('quarantine', () => {
  it('an entry that fails its schema is moved aside with its value and reported, the rest stay', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const saved = await Promise.all(postings(3).map((p) => store.save(p, makeAnalysis())));
    const badId = saved[0]!.entry.id;
    const damaged = { ...saved[0]!.entry, status: 'hired', savedAt: 'last Tuesday' };
    area.load({ [entryKey(badId)]: damaged });

    const before = await readWatchlist(area);
    expect(before.entries).toHaveLength(2);
    expect(before.invalid.map((i) => i.id)).toEqual([badId]);

    const fresh = new WatchlistStore(area);
    const state = await fresh.open();
    expect(state.movedAside).toBe(1);
    const items = await readQuarantine(area);
    // The job and, beside it, its advert text.
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ id: badId, from: entryKey(badId), value: damaged });
    expect(items[1]).toMatchObject({ id: badId, value: { text: saved[0]!.entry.snapshot.text } });
    expect(items[0]!.reason).toMatch(/status|savedAt/);
    const after = await readWatchlist(area);
    expect(after.invalid).toEqual([]);
    expect(after.entries.map((e) => e.id).sort()).toEqual(saved.slice(1).map((s) => s.entry.id).sort());
    // A second open does not quarantine twice; the job and its text count as one job.
    expect((await fresh.open()).quarantined).toBe(1);
  });

  it('never replaces earlier quarantined items', async () => {
    const area = new MemoryArea();
    const earlier = { from: 'v1[3]', id: null, reason: 'old', at: '2026-01-01T00:00:00.000Z', value: { x: 1 } };
    area.load({ [QUARANTINE_KEY]: { items: [earlier] } });
    const store = new WatchlistStore(area);
    const { entry } = await store.save(makePosting(), makeAnalysis());
    area.load({ [entryKey(entry.id)]: 'garbage' });
    await new WatchlistStore(area).open();
    const items = await readQuarantine(area);
    expect(items.map((i) => i.value)).toEqual([{ x: 1 }, 'garbage', entry.snapshot]);
  });
});

describe('quota', () => {
  it('a save over quota says so and loses nothing', async () => {
    const area = new MemoryArea(12_000);
    const store = new WatchlistStore(area);
    await store.save(makePosting(), makeAnalysis());
    const before = area.dump();
    const big = makePosting({ jobId: '999', text: 'Portfolio reporting and assurance. '.repeat(600) });
    const err = await store.save(big, makeAnalysis()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WatchlistError);
    expect((err as WatchlistError).code).toBe('quota');
    expect((err as WatchlistError).message).toMatch(/storage is full.*not saved.*Nothing already saved was lost/s);
    expect(area.dump()).toEqual(before);
    // Still usable afterwards.
    await store.update('reed:51234567', { status: 'applied' });
    expect((area.dump()[INDEX_KEY] as { entries: object }).entries).toHaveProperty(['reed:51234567']);
  });
});

describe('advert text under its own key', () => {
  it('an unreadable snapshot is set aside; the job itself stays', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const { entry } = await store.save(makePosting(), makeAnalysis());
    area.load({ [`watchlist:snapshot:${entry.id}`]: { text: 42 } });
    const state = await new WatchlistStore(area).open();
    expect(state.movedAside).toBe(1);
    const [item] = await readQuarantine(area);
    expect(item).toMatchObject({ id: entry.id, value: { text: 42 } });
    expect(item!.reason).toMatch(/advert text/);
    const [kept] = await new WatchlistStore(area).list();
    expect(kept).toMatchObject({ id: entry.id, status: 'saved', snapshot: { text: '' } });
  });

  it('an edit rewrites the entry key, the index and its summary\'s and print\'s shards only, not the advert text', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const { entry } = await store.save(makePosting(), makeAnalysis());
    let written: string[] = [];
    const set = area.set.bind(area);
    area.set = async (items) => {
      written = Object.keys(items);
      return set(items);
    };
    await store.update(entry.id, { notes: 'Ask about hybrid days' });
    expect(written.sort()).toEqual([entryKey(entry.id), INDEX_KEY, rowsKey(shardOf(entry.id)), printsKey(shardOf(entry.id))].sort());
    expect((await store.get(entry.id))!.snapshot.text).toBe(entry.snapshot.text);
  });
});
