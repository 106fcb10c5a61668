import { describe, expect, it } from 'vitest';
import type { Facts } from '../analysis';
import { PRINT_KEYS, rowsKey, ROW_KEYS } from './keys';
import { readListing } from './read';
import { applyQuery, DEFAULT_QUERY } from './query';
import { buildEntry } from './schema';
import { WatchlistStore } from './store';
import { parseShard, searchText, shardOf, shardText, storedPrints, summarise, type Summary } from './summary';
import { textPrint } from './duplicates-print';
import { makeAnalysis, makePosting, MemoryArea, postings } from '../../tests/watchlist/helpers';

const FACTS: Facts = {
  closingDate: { date: '2026-12-14', text: 'Closing date: 14 December 2026' },
  postedDate: null,
  pay: { min: 47_810, max: 54_710, currency: 'GBP', period: 'year', annualMin: 47_810, annualMax: 54_710, text: '£47,810 – £54,710 per annum' },
  contract: { type: 'fixed-term', months: 12, ir35: null, text: 'Fixed term for 12 months' },
  hours: null,
  workplace: { type: 'hybrid', daysOnSite: 2, text: 'Hybrid: 2 days a week in Leeds' },
  clearance: { level: 'sc', requirement: 'required', text: 'You must hold SC clearance' },
  grade: { scheme: 'nhs-afc', value: 'Band 7', text: 'Band 7' },
  tools: [
    { id: 'ms-project', label: 'MS Project', text: 'MS Project' },
    { id: 'power-bi', label: 'Power BI', text: 'Power BI' },
  ],
  agency: null,
};

const byId = (a: Summary, b: Summary) => (a.id < b.id ? -1 : 1);
const withPrint = (s: Summary): Summary => ({ ...s, print: '3:abc,def,ghi' });
/** An area that counts its get() calls. */
class CountingArea extends MemoryArea {
  gets = 0;
  override async get(keys: string[]) {
    this.gets++;
    return super.get(keys);
  }
}

describe('a saved job’s summary', () => {
  it('carries the advert facts the list needs, the annual pay and a lower-case search text', () => {
    const s = summarise(buildEntry(makePosting(), makeAnalysis({ facts: FACTS }), new Date('2026-12-01T10:00:00Z')));
    expect(s).toMatchObject({
      closing: '2026-12-14',
      pay: { min: 47_810, max: 54_710, currency: 'GBP' },
      contract: 'fixed-term',
      workplace: 'hybrid',
      clearance: { level: 'sc', requirement: 'required' },
      tools: [
        { id: 'ms-project', label: 'MS Project' },
        { id: 'power-bi', label: 'Power BI' },
      ],
      facts: true,
    });
    expect(searchText(s)).toBe(searchText(s).toLowerCase());
    expect(searchText(s)).toContain('northbridge housing group');
    expect(searchText(s)).toContain('power bi');
  });

  it('is searched by every word of its title, employer, place, salary, board, notes, tags, certificates, level, status and facts', () => {
    const e = buildEntry(makePosting({ salary: '£47,810 per annum' }), makeAnalysis({ facts: FACTS }), new Date('2026-12-01T10:00:00Z'));
    const s = summarise({ ...e, notes: 'Asked Priya about the Friday start', tags: ['Shortlist'], status: 'interviewing' });
    for (const word of ['pmo', 'northbridge', 'leeds', '£47,810', 'annum', 'reed', 'priya', 'shortlist', 'fixed-term', 'hybrid', 'sc', 'ms-project', 'interviewing']) {
      expect(applyQuery([s], { ...DEFAULT_QUERY, text: word.toUpperCase() }), word).toHaveLength(1);
    }
    expect(applyQuery([s], { ...DEFAULT_QUERY, text: 'manchester' })).toHaveLength(0);
  });

  it('a job saved before the facts were read says so, and keeps a board’s own ISO closing date', () => {
    const s = summarise(buildEntry(makePosting({ closingDate: '2026-12-18' }), makeAnalysis(), new Date('2026-12-01T10:00:00Z')));
    expect(s).toMatchObject({ closing: '2026-12-18', pay: null, contract: null, workplace: null, clearance: null, tools: [], facts: false });
    const wordy = summarise(buildEntry(makePosting({ closingDate: 'Friday 18 December' }), makeAnalysis(), new Date('2026-12-01T10:00:00Z')));
    expect(wordy.closing).toBeNull();
  });

  it('a damaged summary in a shard is skipped, the others still read', () => {
    const good = summarise(buildEntry(makePosting(), makeAnalysis(), new Date('2026-12-01T10:00:00Z')));
    expect(parseShard([good, { ...good, id: 'x', status: 'lost' }, 'junk', null])).toEqual([good]);
    expect(parseShard({ not: 'a list' })).toEqual([]);
  });
});

describe('the summaries kept by the writer', () => {
  const summariesIn = (area: MemoryArea): Summary[] => ROW_KEYS.flatMap((k) => parseShard(area.dump()[k]));

  it('follow every save, edit, delete and import, one summary per listed job', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    const ps = postings(12);
    for (const p of ps) await store.save(p, makeAnalysis({ facts: FACTS }));
    const [first, , , fourth] = await store.listStored();
    await store.update(first!.id, { status: 'applied', notes: 'Phone screen on Monday' });
    expect(await store.delete([fourth!.id])).toHaveLength(1);
    const extra = buildEntry(makePosting({ jobId: 'imported-1', title: 'Portfolio Analyst' }), makeAnalysis(), new Date('2026-12-02T10:00:00Z'));
    await store.merge([extra]);

    const stored = await store.listStored();
    const rows = summariesIn(area);
    expect(rows.map((r) => r.id).sort()).toEqual(stored.map((e) => e.id).sort());
    expect(rows.map(({ print: _print, ...r }) => r).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(stored.map((e) => summarise(e)).sort((a, b) => (a.id < b.id ? -1 : 1)));
    // An edit keeps the fingerprint of the advert text, which it did not change.
    const texts = new Map((await store.list()).map((e) => [e.id, e.snapshot.text]));
    const prints = storedPrints(area.dump(), []);
    for (const r of rows) expect(prints.get(r.id)).toEqual({ at: r.at, print: textPrint(texts.get(r.id)!) });
    expect(rows.find((r) => r.id === first!.id)).toMatchObject({ status: 'applied', notes: 'Phone screen on Monday' });
    // Each summary sits in the shard its id names.
    for (const r of rows) expect(parseShard(area.dump()[rowsKey(shardOf(r.id))]).some((x) => x.id === r.id)).toBe(true);
  });

  it('the page reads the whole list in one call when the summaries are current', async () => {
    const area = new CountingArea();
    const store = new WatchlistStore(area);
    for (const p of postings(30)) await store.save(p, makeAnalysis());
    area.gets = 0;
    const listing = await readListing(area, { alsoRead: ['profile'] });
    expect(listing.summaries).toHaveLength(30);
    expect(listing.stale).toBe(0);
    expect(area.gets).toBe(1);
    // What else the page asked for comes from that same call.
    await listing.prefetched.get(['profile']);
    expect(area.gets).toBe(1);
  });

  it('each shard is stored as the text of one table; shards earlier versions stored (a list, or its text) still list', async () => {
    const area = new CountingArea();
    const store = new WatchlistStore(area);
    for (const p of postings(20)) await store.save(p, makeAnalysis({ facts: FACTS }));
    const dump = area.dump();
    const shards = ROW_KEYS.filter((k) => dump[k] !== undefined);
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.every((k) => typeof dump[k] === 'string' && !Array.isArray(JSON.parse(dump[k] as string)))).toBe(true);
    const current = summariesIn(area).sort(byId);
    // As earlier versions stored them: the list of summaries itself, or its JSON text.
    for (const earlier of [(rows: Summary[]) => rows, (rows: Summary[]) => JSON.stringify(rows)]) {
      area.load(Object.fromEntries(shards.map((k) => [k, earlier(parseShard(dump[k]))])));
      const listing = await readListing(area);
      expect(listing.stale).toBe(0);
      expect(listing.summaries.sort(byId)).toEqual(current);
      // The writer's next full check stores them as tables again, the same summaries.
      await store.open();
      expect(shards.every((k) => area.dump()[k] === dump[k])).toBe(true);
    }
  });

  it('a table gives back every summary as it was, fields a summary leaves out included, in less text than a list', () => {
    const full = summarise(buildEntry(makePosting(), makeAnalysis({ facts: FACTS }), new Date('2026-12-01T10:00:00Z')));
    const { source: _source, salary: _salary, ...bare } = summarise(buildEntry(makePosting({ jobId: '77', title: 'PMO Officer' }), makeAnalysis(), new Date('2026-12-02T10:00:00Z')));
    const table = shardText([full, bare as Summary]);
    expect(parseShard(table)).toEqual([full, bare]);
    expect(parseShard(table)[1]).not.toHaveProperty('source');
    expect(parseShard(table)[1]).not.toHaveProperty('salary');
    expect(table.length).toBeLessThan(JSON.stringify([full, bare]).length);
  });

  it('a table in the layout written today reads back the same as one whose columns come in another order', () => {
    const e = buildEntry(makePosting({ salary: '£47,810 per annum' }), makeAnalysis({ facts: FACTS }), new Date('2026-12-01T10:00:00Z'));
    const full = summarise({ ...e, group: 'reed:1', notes: 'Call Sam', tags: ['leeds'] });
    const { source: _source, salary: _salary, asked: _asked, ...bare } = full;
    const today = JSON.parse(shardText([full, bare as Summary])) as { fields: string[]; rows: unknown[][] };
    // Every field of the full summary holds a value, so a field the reader missed would show.
    expect(today.fields.every((f, i) => today.rows[0]![i] !== null && today.rows[0]![i] !== undefined)).toBe(true);
    const order = today.fields.map((_, i) => i).reverse();
    const reordered = { fields: order.map((i) => today.fields[i]), rows: today.rows.map((row) => order.map((i) => row[i])) };
    expect(parseShard(JSON.stringify(today))).toEqual([full, { ...bare, asked: [] }]);
    expect(parseShard(JSON.stringify(reordered))).toEqual(parseShard(JSON.stringify(today)));
  });

  it('a table leaves out the search text and the print, which the page does not need to list the jobs', () => {
    const s = summarise(buildEntry(makePosting(), makeAnalysis({ facts: FACTS }), new Date('2026-12-01T10:00:00Z')));
    const earlier = { ...withPrint(s), search: searchText(s) };
    const table = JSON.parse(shardText([earlier])) as { fields: string[] };
    expect(table.fields).not.toContain('search');
    expect(table.fields).not.toContain('print');
    expect(parseShard(shardText([earlier]))).toEqual([s]);
  });

  it('shards an earlier version stored, with a search text and print in every row, list and search the same; the next full check moves the prints to their own shards unchanged', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    for (const p of postings(12)) await store.save(p, makeAnalysis({ facts: FACTS }));
    const today = summariesIn(area).sort(byId);
    // As an earlier version stored them: each summary with its search text and a print, no print shards.
    const dump = area.dump();
    const earlier = (s: Summary): Summary => ({ ...s, search: searchText(s), print: `4:${s.id.length},older` });
    for (const k of PRINT_KEYS) area.data.delete(k);
    area.load(Object.fromEntries(ROW_KEYS.filter((k) => dump[k] !== undefined).map((k) => [k, JSON.stringify(parseShard(dump[k]).map(earlier))])));

    const listing = await readListing(area);
    expect(listing.stale).toBe(0);
    for (const text of ['pmo analyst', 'power bi', 'leeds hybrid', 'sc']) {
      expect(applyQuery(listing.summaries, { ...DEFAULT_QUERY, text }).map((s) => s.id)).toEqual(applyQuery(today, { ...DEFAULT_QUERY, text }).map((s) => s.id));
    }
    expect((await store.listSummaries()).every((s) => s.print === `4:${s.id.length},older`)).toBe(true);

    await store.open();
    const after = area.dump();
    for (const k of ROW_KEYS) if (typeof after[k] === 'string') expect(after[k]).not.toMatch(/"(search|print)"/);
    expect(summariesIn(area).sort(byId)).toEqual(today);
    const prints = storedPrints(after, []);
    expect(today.map((s) => prints.get(s.id))).toEqual(today.map((s) => ({ at: s.at, print: `4:${s.id.length},older` })));
  });

  it('a table row that is not a summary is skipped, and a field this version does not know is left out', () => {
    const good = summarise(buildEntry(makePosting(), makeAnalysis(), new Date('2026-12-01T10:00:00Z')));
    const table = JSON.parse(shardText([good])) as { fields: string[]; rows: unknown[][] };
    const row = table.rows[0]!;
    const withNew = { fields: [...table.fields, 'salaryBand', '__proto__'], rows: [[...row, 'B7', { polluted: true }]] };
    expect(parseShard(JSON.stringify(withNew))).toEqual([good]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const statusAt = table.fields.indexOf('status');
    const damaged = { ...table, rows: [row.slice(1), row.map((v, i) => (i === statusAt ? 'lost' : v)), 'junk', row] };
    expect(parseShard(JSON.stringify(damaged))).toEqual([good]);
    expect(parseShard(JSON.stringify({ fields: [1, 2], rows: [[1, 2]] }))).toEqual([]);
  });

  it('a summary that is out of date, missing or damaged is never shown: that job is read from its entry', async () => {
    const area = new CountingArea();
    const store = new WatchlistStore(area);
    const ps = postings(6);
    for (const p of ps) await store.save(p, makeAnalysis());
    const jobs = await store.listStored();
    const [a, b] = [jobs[0]!, jobs[1]!];
    // As a copy that does not keep the summaries would leave them: an edit with the shard untouched...
    const edited = { ...a, status: 'offer' as const, updatedAt: '2026-12-24T10:00:00.000Z' };
    const index = area.dump()['watchlist:index'] as { version: number; entries: Record<string, string> };
    area.load({ [`watchlist:entry:${a.id}`]: edited, 'watchlist:index': { ...index, entries: { ...index.entries, [a.id]: edited.updatedAt } } });
    // ...and a shard that no longer reads.
    area.load({ [rowsKey(shardOf(b.id))]: 'garbage' });

    area.gets = 0;
    const listing = await readListing(area);
    expect(listing.summaries.map((s) => s.id).sort()).toEqual(jobs.map((j) => j.id).sort());
    expect(listing.summaries.find((s) => s.id === a.id)!.status).toBe('offer');
    expect(listing.stale).toBeGreaterThanOrEqual(2);
    expect(area.gets).toBe(2);
    // The writer's full check rebuilds them, after which one call is enough again.
    await store.open();
    area.gets = 0;
    expect((await readListing(area)).stale).toBe(0);
    expect(area.gets).toBe(1);
  });
});
