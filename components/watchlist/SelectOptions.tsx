import { LEVEL_LABELS, LEVEL_ORDER } from '../../lib/watchlist/labels';
import { STATUS_LABELS, STATUSES } from '../../lib/watchlist/schema';

/** One <option> per level, in career order, for the page's level pickers. */
export function LevelOptions() {
  return (
    <>
      {LEVEL_ORDER.map((l) => (
        <option key={l} value={l}>
          {LEVEL_LABELS[l]}
        </option>
      ))}
    </>
  );
}

/** One <option> per job status, in the order an application moves through them. */
export function StatusOptions() {
  return (
    <>
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </>
  );
}
