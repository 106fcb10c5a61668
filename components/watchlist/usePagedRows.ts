import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dayOf, DEFAULT_QUERY, PAGE_SIZE, prepareSortKeys, SortedOrders, SORTS, type SortKey, type WatchlistQuery } from '../../lib/watchlist/query';
import { searchText, type Summary } from '../../lib/watchlist/summary';
import { useAfterFirstPaint } from './useAfterPaint';

export interface FacetOption {
  value: string;
  count: number;
}

/** Typing runs the search once the reader pauses, so a keystroke itself only redraws the box. */
function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}

/** Each value a filter can take, with how many saved jobs have it, most common first. */
function ranked(counts: Map<string, number>): FacetOption[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

const bump = (counts: Map<string, number>, v: string) => counts.set(v, (counts.get(v) ?? 0) + 1);

/** The four filters' values and counts, in one pass over the saved jobs (it runs at open). */
function facetsOf(entries: readonly Summary[]): Facets {
  const certs = new Map<string, number>();
  const contracts = new Map<string, number>();
  const workplaces = new Map<string, number>();
  const clearances = new Map<string, number>();
  for (const e of entries) {
    for (const c of e.certs) bump(certs, c.id);
    bump(contracts, e.contract ?? 'none');
    bump(workplaces, e.workplace ?? 'none');
    bump(clearances, e.clearance ? e.clearance.level : 'none');
  }
  return { certifications: ranked(certs), contracts: ranked(contracts), workplaces: ranked(workplaces), clearances: ranked(clearances) };
}

const NO_ENTRIES: Summary[] = [];

/**
 * Works out each job's search text and title sort key in idle time once the list is on screen,
 * a little at a time, so the first search or sort does not wait for them and no keystroke waits behind them.
 */
function usePreparedSearch(entries: readonly Summary[]) {
  useEffect(() => {
    let i = 0;
    let handle = 0;
    const idle = typeof requestIdleCallback === 'function';
    const step = (deadline?: IdleDeadline) => {
      const until = performance.now() + 4;
      while (i < entries.length && (deadline ? deadline.timeRemaining() > 1 : performance.now() < until)) {
        searchText(entries[i]!);
        prepareSortKeys(entries[i++]!);
      }
      if (i < entries.length) handle = idle ? requestIdleCallback(step) : window.setTimeout(step, 0);
    };
    if (entries.length) handle = idle ? requestIdleCallback(step) : window.setTimeout(step, 0);
    return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
  }, [entries]);
}

export interface Facets {
  certifications: FacetOption[];
  contracts: FacetOption[];
  workplaces: FacetOption[];
  clearances: FacetOption[];
}

/**
 * The watchlist as the reader has filtered and sorted it, a page at a time: only that page's
 * rows are rendered. A new filter or sort goes back to the first page. Filtering works on the
 * summaries' prepared search text.
 */
export function usePagedRows(entries: Summary[], meets?: (s: Summary) => boolean) {
  const [query, setQueryState] = useState<WatchlistQuery>(DEFAULT_QUERY);
  const [page, setPage] = useState(1);
  // The day is fixed for the page's life, so "closing soon" does not shift under the reader mid-sort.
  const [now] = useState(() => new Date());
  const today = dayOf(now);
  const setQuery = (q: WatchlistQuery) => {
    setQueryState(q);
    setPage(1);
  };
  const text = useDebounced(query.text, 100);
  // A keystroke changes the query but not what is applied until typing pauses: the list is not
  // filtered and sorted again for it.
  const { text: _typed, ...rest } = query;
  const restKey = JSON.stringify(rest);
  const applied = useMemo(() => ({ ...query, text }), [restKey, text]); // `restKey` stands for `query` without its text
  // Each sort's order is worked out once per list; a filter picks from it without sorting again.
  const orders = useMemo(() => new SortedOrders(entries, today), [entries, today]);
  const rows = useMemo(() => orders.query(applied, meets), [orders, applied, meets]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const pageRows = useMemo(() => rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), [rows, current]);

  // The filters' counts go over every saved job: worked out once the first rows are on screen.
  const counted = useAfterFirstPaint(entries, NO_ENTRIES, entries.length > 0);
  const facets = useMemo(() => facetsOf(counted), [counted]);
  usePreparedSearch(counted);

  // One function for the page's life, so the memoised table is not rendered again for a new one.
  const current$ = useRef(query);
  current$.current = query;
  const onSort = useCallback((sort: SortKey) => {
    const q = current$.current;
    setQueryState(q.sort === sort ? { ...q, dir: q.dir === 'asc' ? 'desc' : 'asc' } : { ...q, sort, dir: SORTS[sort].first });
    setPage(1);
  }, []);

  return {
    query,
    setQuery,
    onSort,
    rows,
    facets,
    today,
    pageRows,
    pager: {
      page: current,
      pages,
      onPage: setPage,
      from: (current - 1) * PAGE_SIZE + 1,
      to: Math.min(rows.length, current * PAGE_SIZE),
      total: rows.length,
    },
  };
}
