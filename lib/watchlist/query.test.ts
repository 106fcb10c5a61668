import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEntries } from '../cli/bench-watchlist';
import { applyQuery, DEFAULT_QUERY, SORTS, SortedOrders, dayOf, type SortKey, type WatchlistQuery } from './query';
import { STATUSES } from './schema';
import { summarise, type Summary } from './summary';

const NOW = new Date(2026, 10, 20, 9, 0);
const TODAY = dayOf(NOW);

/** Generated jobs, with every third saved at the same moment as the one before, so ties fall back to the id. */
const jobs: Summary[] = buildEntries(240).map((e, i, all) => summarise(i % 3 === 2 ? { ...e, savedAt: all[i - 1]!.savedAt } : e));

const SORT_KEYS = Object.keys(SORTS) as SortKey[];
const query = fc.record({
  sort: fc.constantFrom(...SORT_KEYS),
  dir: fc.constantFrom('asc' as const, 'desc' as const),
  status: fc.constantFrom('all' as const, ...STATUSES),
  level: fc.constantFrom('all' as const, 'none' as const, 'analyst' as const, 'director' as const),
  contract: fc.constantFrom('all', 'permanent', 'none'),
  clearance: fc.constantFrom('all', 'any', 'none', 'sc'),
  payFrom: fc.constantFrom(null, 40_000, 80_000),
  closingSoon: fc.boolean(),
  text: fc.constantFrom('', 'analyst', 'leeds pmo', 'recruiter', 'zzz'),
}).map((q): WatchlistQuery => ({ ...DEFAULT_QUERY, ...q }));

const ids = (rows: Summary[]) => rows.map((s) => s.id);

describe('SortedOrders', () => {
  it('gives the same rows in the same order as filtering then sorting, for any run of queries on one list', () => {
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 8 }), (queries) => {
        const orders = new SortedOrders(jobs, TODAY);
        for (const q of queries) expect(ids(orders.query(q))).toEqual(ids(applyQuery(jobs, q, NOW)));
      }),
      { numRuns: 150 },
    );
  });

  it('makes a column’s other direction from the first without changing the order of ties or moving jobs without a value', () => {
    for (const sort of SORT_KEYS) {
      const orders = new SortedOrders(jobs, TODAY);
      orders.order(sort, 'asc');
      const desc = orders.order(sort, 'desc');
      expect(ids(desc), sort).toEqual(ids(applyQuery(jobs, { ...DEFAULT_QUERY, sort, dir: 'desc' }, NOW)));
    }
  });

  it('keeps the meets-every-requirement filter the page passes in', () => {
    const meets = (s: Summary) => s.certs.length === 0;
    const q = { ...DEFAULT_QUERY, meetsAll: true, sort: 'pay' as const, dir: 'desc' as const };
    const rows = new SortedOrders(jobs, TODAY).query(q, meets);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(jobs.length);
    expect(ids(rows)).toEqual(ids(applyQuery(jobs, q, NOW, meets)));
  });

  it('falls back to the newest save for a sort it does not know', () => {
    const q = { ...DEFAULT_QUERY, sort: 'toString' as SortKey };
    expect(ids(new SortedOrders(jobs, TODAY).query(q))).toEqual(ids(applyQuery(jobs, { ...DEFAULT_QUERY }, NOW)));
  });
});
