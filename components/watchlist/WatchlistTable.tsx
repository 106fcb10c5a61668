import type { SortKey, WatchlistQuery } from '../../lib/watchlist/query';
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

/** A page of saved jobs; the headers with buttons sort the whole list. */
export function WatchlistTable({ rows, query, onSort, isHeld, fitOf, readOnly, actions, today, alsoOn }: Props) {
  const columns = useColumns();
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
      <tbody>
        {rows.map((job) => (
          <WatchlistRow key={job.id} job={job} actions={actions} isHeld={isHeld} fitOf={fitOf} readOnly={readOnly} today={today} alsoOn={alsoOn?.get(job.id)} />
        ))}
      </tbody>
    </table>
  );
}
