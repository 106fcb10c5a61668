import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BOM, csvCell, neutralise, parseCsv, toCsv } from './csv';
import { CSV_HEADER, exportCsv, exportJson } from './export';
import { ImportError, importJson, parseImport } from './import';
import { CURRENT_VERSION } from './schema';
import { WatchlistStore } from './store';
import { MemoryArea, makeAnalysis, makePosting, postings } from '../../tests/watchlist/helpers';

/** Every entry with its advert text, as export sees it. */
const all = (area: MemoryArea) => new WatchlistStore(area).list();

async function filledStore(n = 6) {
  const area = new MemoryArea();
  let t = Date.parse('2026-10-01T08:00:00.000Z');
  const store = new WatchlistStore(area, { now: () => new Date((t += 3_600_000)) });
  const saved = [];
  for (const p of postings(n)) saved.push((await store.save(p, makeAnalysis())).entry);
  await store.update(saved[0]!.id, { status: 'interviewing', notes: 'Panel: Head of Change, "Ops" lead,\nand HR', tags: ['nhs'] });
  await store.update(saved[1]!.id, { notes: '=HYPERLINK("http://evil.example","click")' });
  return { area, store };
}

describe('JSON export and import', () => {
  it('export then import into an empty watchlist gives back the same watchlist', async () => {
    const { area } = await filledStore();
    const original = await all(area);
    const json = exportJson(original);
    const target = new MemoryArea();
    const report = await importJson(new WatchlistStore(target), json);
    expect(report).toEqual({ added: original.length, updated: 0, unchanged: 0, rejected: [] });
    const back = await all(target);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...back].sort(byId)).toEqual([...original].sort(byId));
    expect(exportJson(back, new Date(0))).toBe(exportJson(original, new Date(0)));
  });

  it('importing the same file again changes nothing', async () => {
    const { area, store } = await filledStore();
    const json = exportJson(await all(area));
    const before = area.dump();
    const report = await importJson(store, json);
    expect(report).toEqual({ added: 0, updated: 0, unchanged: 6, rejected: [] });
    expect(area.dump()).toEqual(before);
  });

  it('merges by id: the newer updatedAt wins per entry, both ways', async () => {
    const { area, store } = await filledStore(3);
    const [a, b] = (await all(area)).sort((x, y) => (x.savedAt < y.savedAt ? -1 : 1));
    const newerA = { ...a!, status: 'offer' as const, updatedAt: '2027-01-01T00:00:00.000Z' };
    const olderB = { ...b!, status: 'rejected' as const, notes: 'stale copy', updatedAt: '2020-01-01T00:00:00.000Z' };
    const fresh = { ...a!, id: 'indeed:abc', posting: { ...a!.posting, source: 'indeed', jobId: 'abc' } };
    const json = JSON.stringify({ format: 'pmo-pathfinder-watchlist', version: CURRENT_VERSION, exportedAt: '', entries: [newerA, olderB, fresh] });
    const report = await importJson(store, json);
    expect(report).toEqual({ added: 1, updated: 1, unchanged: 1, rejected: [] });
    expect((await store.get(a!.id))!.status).toBe('offer');
    expect((await store.get(b!.id))!.notes).toBe(b!.notes);
    expect(await store.get('indeed:abc')).not.toBeNull();
  });

  it('reports rejected entries by position and imports the rest', async () => {
    const { area } = await filledStore(2);
    const entries: unknown[] = await all(area);
    entries.splice(1, 0, { id: 'x', posting: {} });
    entries.push('not an entry');
    const json = JSON.stringify({ format: 'pmo-pathfinder-watchlist', version: CURRENT_VERSION, exportedAt: '', entries });
    const report = await importJson(new WatchlistStore(new MemoryArea()), json);
    expect(report.added).toBe(2);
    expect(report.rejected.map((r) => r.index)).toEqual([1, 3]);
    expect(report.rejected[0]!.reason).toMatch(/posting|analysis/);
  });

  it('reads an export made by an earlier version through the migrations', () => {
    const v2 = readFileSync(fileURLToPath(new URL('../../tests/watchlist/fixtures/stored-v2.json', import.meta.url)), 'utf8');
    const parsed = parseImport(v2);
    expect(parsed.version).toBe(2);
    expect(parsed.entries.map((e) => e.id).sort()).toEqual(['https://jobs.example-council.gov.uk/vacancy/881', 'linkedin:3901234567']);
    expect(parsed.rejected).toHaveLength(1);
    expect(parsed.rejected[0]!.index).toBe(2);
  });

  it('refuses whole files that are not an export, or come from a newer version, with a clear reason', () => {
    expect(() => parseImport('{"entries": [')).toThrow(ImportError);
    expect(() => parseImport('{"hello": 1}')).toThrow(/no list of jobs/);
    expect(() => parseImport(JSON.stringify({ format: 'something-else', version: 1, entries: [] }))).toThrow(/another format/);
    expect(() => parseImport(JSON.stringify({ format: 'pmo-pathfinder-watchlist', version: CURRENT_VERSION + 1, entries: [] }))).toThrow(
      /newer version/,
    );
  });

  it('a failed import (quota) keeps what was there', async () => {
    const source = await filledStore(6);
    const json = exportJson(await all(source.area));
    const probe = new MemoryArea();
    await new WatchlistStore(probe).save(makePosting({ source: 'indeed', jobId: 'kept', url: null }), makeAnalysis());
    // Room for what is there and about two more jobs, not six.
    const area = new MemoryArea(probe.bytes() * 3);
    const store = new WatchlistStore(area);
    await store.save(makePosting({ source: 'indeed', jobId: 'kept', url: null }), makeAnalysis());
    const before = area.dump();
    await expect(importJson(store, json)).rejects.toMatchObject({ code: 'quota' });
    expect(area.dump()).toEqual(before);
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const danger of ['=1+1', '+44 113 496 0000', '-2+3', '@SUM(A1)', '\tcmd', '\r=x', '＝1+1']) {
      expect(neutralise(danger)).toBe(`'${danger}`);
    }
    for (const safe of ['PMO Analyst', '£40,000', "'already", ' =x is fine after a space']) {
      expect(neutralise(safe)).toBe(safe);
    }
  });

  it('quotes per RFC 4180: commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell(null)).toBe('""');
    expect(csvCell(0.82)).toBe('"0.82"');
    const text = toCsv([['a', 'b'], ['1', '2']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('"a","b"\r\n"1","2"\r\n');
  });

  it('exports one row per job that reads back cell for cell', async () => {
    const { area } = await filledStore();
    const entries = await all(area);
    const csv = exportCsv(entries);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\r(?!\n)/);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(entries.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const interviewing = rows.find((r) => r[col('Status')] === 'Interviewing')!;
    expect(interviewing[col('Notes')]).toBe('Panel: Head of Change, "Ops" lead,\nand HR');
    expect(interviewing[col('Level')]).toBe('2 · PMO Analyst');
    expect(interviewing[col('Certifications required')]).toBe('p3o-foundation; prince2-foundation');
    expect(interviewing[col('Tags')]).toBe('nhs');
    const formula = rows.find((r) => r[col('Notes')]!.includes('HYPERLINK'))!;
    expect(formula[col('Notes')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows.slice(1).map((r) => r[col('Id')]).sort()).toEqual(entries.map((e) => e.id).sort());
  });
});
