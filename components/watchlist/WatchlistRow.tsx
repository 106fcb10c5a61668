import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { Summary } from '../../lib/watchlist/summary';
import { useColumns, type CellContext, type FitOf, type IsHeld, type RowActions } from './columns';
import { JobDetails } from './JobDetails';

export type { FitOf, IsHeld, RowActions } from './columns';

interface RowProps {
  job: Summary;
  actions: RowActions;
  isHeld: IsHeld;
  fitOf: FitOf;
  readOnly: boolean;
  today: string;
  alsoOn?: string | undefined;
}

/**
 * One saved job: a table row of the columns in columns.tsx, and its details row below when
 * opened. Memoised: a job whose summary did not change is not re-rendered when the list around
 * it is filtered or another job changes.
 */
export const WatchlistRow = memo(function WatchlistRow({ job, actions, isHeld, fitOf, readOnly, today, alsoOn }: RowProps) {
  const columns = useColumns();
  const [open, setOpen] = useState(false);
  const detailsId = `wl-details-${encodeURIComponent(job.id)}`;
  const ctx: CellContext = { actions, isHeld, fitOf, readOnly, today, title: job.title ?? 'Untitled advert', details: { open, toggle: () => setOpen(!open), id: detailsId }, alsoOn };
  return (
    <>
      <tr data-testid="watchlist-row" data-id={job.id}>
        {columns.map((c) => (
          <c.Cell key={c.id} job={job} ctx={ctx} />
        ))}
      </tr>
      {open ? (
        <tr class="wl-details-row" id={detailsId}>
          <td colSpan={columns.length}>
            <JobDetails job={job} readOnly={readOnly} onTags={actions.onTags} loadEntry={actions.loadEntry} />
          </td>
        </tr>
      ) : null}
    </>
  );
});
