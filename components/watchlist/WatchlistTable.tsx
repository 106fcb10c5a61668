import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { SortDir, SortKey } from '../../lib/watchlist/query';
import { rowWindow, type RowWindow } from '../../lib/watchlist/row-window';
import type { Summary } from '../../lib/watchlist/summary';
import { useColumns, type Column } from './columns';
import { WatchlistRow, type FitOf, type IsHeld, type RowActions } from './WatchlistRow';

export type { RowActions } from './WatchlistRow';

interface Props {
  rows: Summary[];
  sort: SortKey;
  dir: SortDir;
  onSort: (sort: SortKey) => void;
  isHeld: IsHeld;
  fitOf: FitOf;
  readOnly: boolean;
  actions: RowActions;
  today: string;
  /** Where the linked postings of each job were saved from. */
  alsoOn?: ReadonlyMap<string, string>;
}

function Header({ column, by, dir, onSort }: { column: Column; by: SortKey; dir: SortDir; onSort: (k: SortKey) => void }) {
  const k = column.sort;
  if (!k) return <th scope="col">{column.header || <span class="sr-only">{column.srHeader}</span>}</th>;
  const active = by === k;
  const sort = active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" class="wl-sort" data-sort={k} onClick={() => onSort(k)}>
        {column.header}
        <span class="wl-sort-mark" aria-hidden="true">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Rows rendered before the page is laid out, and beyond each edge of the screen after. */
const FIRST_ROWS = 8;
const OVERSCAN = 3;
const ESTIMATE = 110;

/**
 * The rows of the page that are on screen, kept current as the reader scrolls; every row where
 * nothing can be measured (a page without layout). Row heights are remembered by job, so a
 * filter or sort places the rows at once from what was measured before, and renders again only
 * when that shows other rows should be on screen.
 */
function useRowWindow(rows: readonly Summary[]) {
  const body = useRef<HTMLTableSectionElement>(null);
  const heights = useRef(new Map<string, number>());
  /** Where the screen's top was, in pixels from the table's first row, when last measured. */
  const viewTop = useRef<number | null>(null);
  const [noLayout, setNoLayout] = useState(false);
  const [, setTick] = useState(0);

  const place = (): RowWindow => {
    if (noLayout) return { start: 0, end: rows.length, before: 0, after: 0 };
    const known = [...heights.current.values()];
    const estimate = known.length ? known.reduce((a, b) => a + b, 0) / known.length : ESTIMATE;
    const sizes = rows.map((r) => heights.current.get(r.id));
    if (viewTop.current === null) return rowWindow({ heights: sizes, estimate, top: 0, bottom: FIRST_ROWS * estimate, overscan: 0 });
    return rowWindow({ heights: sizes, estimate, top: viewTop.current, bottom: viewTop.current + innerHeight, overscan: OVERSCAN });
  };
  const win = place();

  const measure = (): boolean => {
    const el = body.current;
    if (!el) return false;
    const trs = [...el.children] as HTMLElement[];
    let laidOut = false;
    // A row's height runs to the top of the next (its details row, when open, included).
    for (let i = 0; i < trs.length; i++) {
      const id = trs[i]!.dataset.id;
      if (!id) continue;
      let j = i + 1;
      while (j < trs.length && !trs[j]!.dataset.id && trs[j]!.dataset.spacer !== 'after') j++;
      const top = trs[i]!.getBoundingClientRect().top;
      const h = (j < trs.length ? trs[j]!.getBoundingClientRect().top : trs[i]!.getBoundingClientRect().bottom) - top;
      if (h > 0) {
        heights.current.set(id, h);
        laidOut = true;
      }
    }
    const first = trs[0]?.getBoundingClientRect().top ?? 0;
    viewTop.current = -first;
    return laidOut;
  };

  // After each render: remember the heights; render again only when other rows belong on screen.
  const settle = () => {
    if (noLayout) return;
    if (!measure() && rows.length) {
      setNoLayout(true);
      return;
    }
    const next = place();
    if (next.start !== win.start || next.end !== win.end) setTick((t) => t + 1);
  };
  // The first screenful is measured once the browser has laid it out and painted it, so the
  // first rows are not held up by a layout forced here; every later render is measured before paint.
  useLayoutEffect(() => {
    if (viewTop.current !== null) settle();
  });
  useEffect(() => {
    if (viewTop.current === null) settle();
  });

  useLayoutEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (body.current) viewTop.current = -body.current.getBoundingClientRect().top;
        setTick((t) => t + 1);
      });
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, []);

  return { body, shown: rows.slice(win.start, win.end), before: win.before, after: win.after };
}

function Spacer({ height, columns, which }: { height: number; columns: number; which: 'before' | 'after' }) {
  return (
    <tr class="wl-spacer" aria-hidden="true" data-spacer={which} style={{ height: `${height}px` }}>
      <td colSpan={columns} />
    </tr>
  );
}

/**
 * A page of saved jobs, the rows on screen rendered; the headers with buttons sort the whole
 * list. Memoised: a keystroke in search, before it is applied, does not render it again.
 */
export const WatchlistTable = memo(function WatchlistTable({ rows, sort, dir, onSort, isHeld, fitOf, readOnly, actions, today, alsoOn }: Props) {
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
            <Header key={c.id} column={c} by={sort} dir={dir} onSort={onSort} />
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
});
