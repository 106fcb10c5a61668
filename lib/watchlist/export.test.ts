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
