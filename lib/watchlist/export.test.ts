import { describe, expect, it } from 'vitest';
import { makeAnalysis, makePosting, MemoryArea } from '../../tests/watchlist/helpers';
import { heldRule } from '../analyze/held';
import { CATALOG } from './catalog';
import { parseCsv } from './csv';
import { CSV_HEADER, exportCsv } from './export';
import { WatchlistStore } from './store';

describe('CSV export with a profile', () => {
  it('lists the certificates the reader holds by the same rule as the page: a Practitioner holds the Foundation', async () => {
    const store = new WatchlistStore(new MemoryArea());
    const { entry } = await store.save(makePosting(), makeAnalysis());
    const named = entry.analysis.certifications.map((c) => c.id);
    expect(named).toContain('p3o-foundation');

    const rows = parseCsv(exportCsv([entry], heldRule(['p3o-practitioner'], CATALOG)));
    const held = rows[1]![CSV_HEADER.indexOf('Certifications held')];
    expect(held).toBe('p3o-foundation');
    expect(parseCsv(exportCsv([entry]))[1]![CSV_HEADER.indexOf('Certifications held')]).toBe('');
  });
});

describe('CSV export of the advert facts', () => {
  it('has columns for annual pay, contract, workplace, clearance and tools, and the closing day as a date', async () => {
    const store = new WatchlistStore(new MemoryArea());
    const facts = {
      closingDate: { date: '2026-12-14', text: 'Closing date: 14 December 2026' },
      postedDate: null,
      pay: { min: 450, max: 500, currency: 'GBP', period: 'day' as const, annualMin: 99_000, annualMax: 110_000, text: '£450–£500 per day' },
      contract: { type: 'contract' as const, months: 6, ir35: 'outside' as const, text: '6 months, outside IR35' },
      hours: null,
      workplace: { type: 'remote' as const, daysOnSite: null, text: 'Fully remote' },
      clearance: { level: 'sc', requirement: 'required' as const, text: 'SC clearance required' },
      grade: null,
      tools: [{ id: 'primavera-p6', label: 'Primavera P6', text: 'P6' }, { id: 'jira', label: 'Jira', text: 'Jira' }],
      agency: null,
    };
    const { entry: withFacts } = await store.save(makePosting({ closingDate: 'Friday' }), makeAnalysis({ facts }));
    const { entry: without } = await store.save(makePosting({ jobId: 'older', closingDate: null }), makeAnalysis());
    const [header, ...rows] = parseCsv(exportCsv([withFacts, without]));
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    const row = rows.find((r) => cell(r, 'Id') === withFacts.id)!;
    expect([cell(row, 'Closing date'), cell(row, 'Pay a year (min)'), cell(row, 'Pay a year (max)'), cell(row, 'Pay currency')]).toEqual(['2026-12-14', '99000', '110000', 'GBP']);
    expect([cell(row, 'Contract'), cell(row, 'Workplace'), cell(row, 'Clearance'), cell(row, 'Clearance requirement'), cell(row, 'Tools')]).toEqual([
      'contract',
      'remote',
      'sc',
      'required',
      'primavera-p6; jira',
    ]);
    const old = rows.find((r) => cell(r, 'Id') === without.id)!;
    expect([cell(old, 'Pay a year (min)'), cell(old, 'Contract'), cell(old, 'Clearance'), cell(old, 'Tools')]).toEqual(['', '', '', '']);
    expect(header).toEqual([...CSV_HEADER]);
  });
});
