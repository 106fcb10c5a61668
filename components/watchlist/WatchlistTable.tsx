import type { SortKey, WatchlistQuery } from '../../lib/watchlist/query';
import type { StoredEntry } from '../../lib/watchlist/schema';
import { WatchlistRow, type FitOf, type IsHeld, type RowActions } from './WatchlistRow';

export type { RowActions } from './WatchlistRow';

interface Props extends RowActions {
  rows: StoredEntry[];
  query: WatchlistQuery;
  onSort: (sort: SortKey) => void;
  isHeld: IsHeld;
  fitOf?: FitOf;
  readOnly: boolean;
}

const SORT_LABELS: Record<SortKey, string> = { title: 'Job', level: 'Level', status: 'Status', savedAt: 'Saved' };

function SortHeader({ k, query, onSort }: { k: SortKey; query: WatchlistQuery; onSort: (k: SortKey) => void }) {
  const active = query.sort === k;
  const sort = active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" class="wl-sort" onClick={() => onSort(k)}>
        {SORT_LABELS[k]}
        <span class="wl-sort-mark" aria-hidden="true">
          {active ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** A page of saved jobs; the headers with buttons sort the whole list. */
export function WatchlistTable({ rows, query, onSort, isHeld, fitOf, readOnly, ...actions }: Props) {
  const header = (k: SortKey) => <SortHeader k={k} query={query} onSort={onSort} />;
  return (
    <table class="wl-table">
      <caption class="sr-only">Saved jobs. Column headers with buttons sort the table.</caption>
      {/* Fixed column widths: the browser lays out a page of rows without measuring every cell. */}
      <colgroup>
        <col class="wl-col-job" />
        <col class="wl-col-level" />
        <col class="wl-col-status" />
        <col class="wl-col-certs" />
        {fitOf ? <col class="wl-col-fit" /> : null}
        <col class="wl-col-saved" />
        <col class="wl-col-notes" />
        <col class="wl-col-actions" />
      </colgroup>
      <thead>
        <tr>
          {header('title')}
          {header('level')}
          {header('status')}
          <th scope="col">Certifications asked for</th>
          {fitOf ? <th scope="col">Your fit</th> : null}
          {header('savedAt')}
          <th scope="col">Notes</th>
          <th scope="col">
            <span class="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <WatchlistRow key={e.id} entry={e} isHeld={isHeld} fitOf={fitOf} readOnly={readOnly} {...actions} />
        ))}
      </tbody>
    </table>
  );
}
