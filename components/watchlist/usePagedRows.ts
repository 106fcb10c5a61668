import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyQuery, DEFAULT_QUERY, PAGE_SIZE, type SortKey, type WatchlistQuery } from '../../lib/watchlist/query';
import type { StoredEntry } from '../../lib/watchlist/schema';

/** Typing runs the filter once the reader pauses, not on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}

/**
 * The watchlist as the reader has filtered and sorted it, a page at a time. A new filter or
 * sort goes back to the first page.
 */
export function usePagedRows(entries: StoredEntry[], meets?: (e: StoredEntry) => boolean) {
  const [query, setQueryState] = useState<WatchlistQuery>(DEFAULT_QUERY);
  const [page, setPage] = useState(1);
  const setQuery = (q: WatchlistQuery) => {
    setQueryState(q);
    setPage(1);
  };
  const text = useDebounced(query.text, 120);
  const applied = useMemo(() => ({ ...query, text }), [query, text]);
  const rows = useMemo(() => applyQuery(entries, applied, meets), [entries, applied, meets]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);

  /** Each certification named in the saved jobs, most often named first: the filter's choices. */
  const certOptions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of entries) for (const c of e.analysis.certifications) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  }, [entries]);

  const onSort = (sort: SortKey) =>
    setQuery(query.sort === sort ? { ...query, dir: query.dir === 'asc' ? 'desc' : 'asc' } : { ...query, sort, dir: sort === 'savedAt' ? 'desc' : 'asc' });

  return {
    query,
    setQuery,
    onSort,
    rows,
    certOptions,
    pageRows: rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
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
