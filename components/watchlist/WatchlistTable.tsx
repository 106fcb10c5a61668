import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SortKey, WatchlistQuery } from '../../lib/watchlist/query';
import { rowWindow, type RowWindow } from '../../lib/watchlist/row-window';
import type { Summary } from '../../lib/watchlist/summary';
import { useColumns, type Column } from './columns';
import { WatchlistRow, type FitOf, type IsHeld, type RowActions } from './WatchlistRow';

export type { RowActions } from './WatchlistRow';

interface Props {
  rows: Summary[];
  query: WatchlistQuery;
  onSort: (sort: SortKey) => void;
  isHeld: IsHeld;
  fitOf: FitOf;
  readOnly: boolean;
  actions: RowActions;
  today: string;
  /** Where the linked postings of each job were saved from. */
  alsoOn?: ReadonlyMap<string, string>;
}

function Header({ column, query, onSort }: { column: Column; query: WatchlistQuery; onSort: (k: SortKey) => void }) {
  const k = column.sort;
  if (!k) return <th scope="col">{column.header || <span class="sr-only">{column.srHeader}</span>}</th>;
  const active = query.sort === k;
  const sort = active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" class="wl-sort" data-sort={k} onClick={() => onSort(k)}>
        {column.header}
        <span class="wl-sort-mark" aria-hidden="true">
          {active ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Rows rendered before the page is laid out, and beyond each edge of the screen after. */
const FIRST_ROWS = 12;
const OVERSCAN = 4;
const ESTIMATE = 110;

/**
 * The rows of the page that are on screen, kept current as the reader scrolls; every row where
 * nothing can be measured (a page without layout). Row heights are remembered by job, so
 * filtering and sorting place the space for rows not rendered close to where they will be.
 */
function useRowWindow(rows: readonly Summary[]) {
  const body = useRef<HTMLTableSectionElement>(null);
  const heights = useRef(new Map<string, number>());
  const [win, setWin] = useState<RowWindow | 'all' | null>(null);
  const [tick, setTick] = useState(0);

  useLayoutEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), setTick((t) => t + 1)));
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, []);

  useLayoutEffect(() => {
    const el = body.current;
    if (!el || win === 'all') return;
    // A row's height runs to the top of the next (its details row, when open, included).
    const trs = [...el.children] as HTMLElement[];
    let laidOut = false;
    for (let i = 0; i < trs.length; i++) {
      const id = trs[i]!.dataset.id;
      if (!id) continue;
      const next = trs.slice(i + 1).find((t) => t.dataset.id || t.dataset.spacer === 'after');
      const h = (next ? next.getBoundingClientRect().top : trs[i]!.getBoundingClientRect().bottom) - trs[i]!.getBoundingClientRect().top;
      if (h > 0) {
        heights.current.set(id, h);
        laidOut = true;
      }
    }
    if (!laidOut && rows.length) {
      setWin('all');
      return;
    }
    const known = [...heights.current.values()];
    const estimate = known.length ? known.reduce((a, b) => a + b, 0) / known.length : ESTIMATE;
    const top = -el.getBoundingClientRect().top;
    const next = rowWindow({ heights: rows.map((r) => heights.current.get(r.id)), estimate, top, bottom: top + innerHeight, overscan: OVERSCAN });
    if (!win || next.start !== win.start || next.end !== win.end || Math.abs(next.before - win.before) > 1 || Math.abs(next.after - win.after) > 1) setWin(next);
  });

  const range = win === 'all' ? { start: 0, end: rows.length, before: 0, after: 0 } : (win ?? { start: 0, end: FIRST_ROWS, before: 0, after: 0 });
  const start = Math.min(range.start, rows.length);
  return { body, tick, start, shown: rows.slice(start, range.end), before: range.before, after: win === null ? 0 : range.after };
}

function Spacer({ height, columns, which }: { height: number; columns: number; which: 'before' | 'after' }) {
  return (
    <tr class="wl-spacer" aria-hidden="true" data-spacer={which} style={{ height: `${height}px` }}>
      <td colSpan={columns} />
    </tr>
  );
}

/** A page of saved jobs, the rows on screen rendered; the headers with buttons sort the whole list. */
export function WatchlistTable({ rows, query, onSort, isHeld, fitOf, readOnly, actions, today, alsoOn }: Props) {
  const columns = useColumns();
  const win = useRowWindow(rows);
  return (
    <table class="wl-table">
      <caption class="sr-only">Saved jobs. Column headers with buttons sort the table.</caption>
      {/* Fixed column widths: the browser lays out a page of rows without measuring every cell. */}
      <colgroup>
        {columns.map((c) => (
          <col key={c.id} style={{ width: c.width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <Header key={c.id} column={c} query={query} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody ref={win.body}>
        {win.before > 0 ? <Spacer height={win.before} columns={columns.length} which="before" /> : null}
        {win.shown.map((job) => (
          <WatchlistRow key={job.id} job={job} actions={actions} isHeld={isHeld} fitOf={fitOf} readOnly={readOnly} today={today} alsoOn={alsoOn?.get(job.id)} />
        ))}
        <Spacer height={win.after} columns={columns.length} which="after" />
      </tbody>
    </table>
  );
}
