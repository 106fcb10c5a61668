import { LevelPill } from '../LevelPill';
import { formatDate } from '../../lib/watchlist/labels';
import { clearanceLabel, CONTRACT_LABELS, payRange, WORKPLACE_LABELS } from '../../lib/watchlist/fact-labels';
import { ActionsCell, CertChips, ClosingCell, JobCell, NotesCell, NotStated, StatusCell, type Column } from './cells';
import { FitCell } from './FitCell';

export type { CellContext, Column, FitOf, IsHeld, RowActions } from './cells';

const plain = (value: string | null) => <td>{value ?? <NotStated />}</td>;

/** The table's columns, in order. A new column is one entry here (and a sort in lib/watchlist/query.ts if it sorts). */
const COLUMNS: readonly Column[] = [
  { id: 'job', header: 'Job', sort: 'title', width: '17%', Cell: JobCell },
  { id: 'level', header: 'Level', sort: 'level', width: '10%', Cell: ({ job }) => <td><LevelPill level={job.level} /></td> },
  { id: 'status', header: 'Status', sort: 'status', width: '9%', Cell: StatusCell },
  { id: 'closing', header: 'Closes', sort: 'closing', width: '8%', Cell: ClosingCell },
  { id: 'pay', header: 'Pay (a year)', sort: 'pay', width: '9%', Cell: ({ job }) => (job.pay ? <td class="wl-nowrap">{payRange(job.pay)}</td> : <td><NotStated /></td>) },
  { id: 'contract', header: 'Contract', sort: 'contract', width: '6%', Cell: ({ job }) => plain(job.contract && CONTRACT_LABELS[job.contract]) },
  { id: 'workplace', header: 'Place', sort: 'workplace', width: '6%', Cell: ({ job }) => plain(job.workplace && WORKPLACE_LABELS[job.workplace]) },
  {
    id: 'clearance',
    header: 'Clearance',
    sort: 'clearance',
    width: '6%',
    Cell: ({ job }) =>
      plain(job.clearance && `${clearanceLabel(job.clearance.level)}${job.clearance.requirement === 'required' ? '' : ` (${job.clearance.requirement})`}`),
  },
  { id: 'certs', header: 'Certifications asked for', width: '11%', Cell: CertChips },
  {
    id: 'saved',
    header: 'Saved',
    sort: 'savedAt',
    width: '7%',
    Cell: ({ job }) => (
      <td class="wl-nowrap">
        <time dateTime={job.savedAt}>{formatDate(job.savedAt)}</time>
      </td>
    ),
  },
  { id: 'fit', header: 'Your fit', width: '9%', Cell: ({ job, ctx }) => <FitCell fit={ctx.fitOf(job)} /> },
  { id: 'notes', header: 'Notes', width: '6%', Cell: NotesCell },
  { id: 'actions', header: '', srHeader: 'Actions', width: '5%', Cell: ActionsCell },
];

/** The table's columns, in order, for the table head and every row alike. */
export function useColumns(): readonly Column[] {
  return COLUMNS;
}
