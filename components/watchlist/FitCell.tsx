import type { Fit } from '../../lib/analysis';
import { fitLine, meetsEveryRequirement } from '../../lib/analyze/fit';

/** A saved job's fit in a table cell: the counts, then what is missing, required first. */
export function FitCell({ fit }: { fit: Fit }) {
  const missing = fit.asked.filter((a) => !a.held);
  const required = missing.filter((a) => a.requirement === 'required');
  return (
    <td class="wl-fit" data-testid="watchlist-fit" data-meets={meetsEveryRequirement(fit) ? 'yes' : 'no'} title={fitLine(fit, 12)}>
      {fit.askedCount ? (
        <>
          <span class="wl-fit-count">
            {fit.heldCount} of {fit.askedCount} asked
          </span>
          {required.length ? (
            <div class="wl-fit-missing">Missing required: {required.slice(0, 3).map((a) => a.label).join(', ')}{required.length > 3 ? `, +${required.length - 3}` : ''}</div>
          ) : (
            <div class="wl-fit-ok">{missing.length ? 'Every requirement met' : 'Nothing missing'}</div>
          )}
        </>
      ) : (
        <span class="wl-muted">Nothing to match</span>
      )}
    </td>
  );
}
