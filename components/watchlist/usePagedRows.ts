import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyQuery, dayOf, DEFAULT_QUERY, PAGE_SIZE, SORTS, type SortKey, type WatchlistQuery } from '../../lib/watchlist/query';
import type { Summary } from '../../lib/watchlist/summary';

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
function facet(entries: readonly Summary[], value: (s: Summary) => readonly string[]): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of value(e)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, count]) => ({ value: v, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
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
  const applied = useMemo(() => ({ ...query, text }), [query, text]);
  const rows = useMemo(() => applyQuery(entries, applied, now, meets), [entries, applied, now, meets]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const pageRows = useMemo(() => rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), [rows, current]);

  const facets = useMemo<Facets>(
    () => ({
      certifications: facet(entries, (e) => e.certs.map((c) => c.id)),
      contracts: facet(entries, (e) => [e.contract ?? 'none']),
      workplaces: facet(entries, (e) => [e.workplace ?? 'none']),
      clearances: facet(entries, (e) => (e.clearance ? [e.clearance.level] : ['none'])),
    }),
    [entries],
  );

  const onSort = (sort: SortKey) =>
    setQuery(query.sort === sort ? { ...query, dir: query.dir === 'asc' ? 'desc' : 'asc' } : { ...query, sort, dir: SORTS[sort].first });

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
