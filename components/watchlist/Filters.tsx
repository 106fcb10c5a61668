import type { LevelId } from '../../lib/analysis';
import type { WatchlistQuery } from '../../lib/watchlist/query';
import type { Status } from '../../lib/watchlist/schema';
import { certLabel } from '../../lib/watchlist/catalog';
import { LevelOptions, StatusOptions } from './SelectOptions';

interface Props {
  query: WatchlistQuery;
  onChange: (q: WatchlistQuery) => void;
  /** Certification ids that appear in the saved jobs, most asked first. */
  certifications: { id: string; count: number }[];
  shown: number;
  total: number;
}

export function Filters({ query, onChange, certifications, shown, total }: Props) {
  const set = (patch: Partial<WatchlistQuery>) => onChange({ ...query, ...patch });
  const filtered = query.text || query.status !== 'all' || query.level !== 'all' || query.certification !== 'all' || query.meetsAll;
  return (
    <form class="wl-filters" role="search" aria-label="Filter saved jobs" onSubmit={(e) => e.preventDefault()}>
      <div class="wl-field wl-field-grow">
        <label for="wl-search">Search</label>
        <input
          id="wl-search"
          type="search"
          placeholder="Title, company, notes, tag…"
          value={query.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </div>
      <div class="wl-field">
        <label for="wl-status">Status</label>
        <select id="wl-status" value={query.status} onChange={(e) => set({ status: e.currentTarget.value as Status | 'all' })}>
          <option value="all">Any status</option>
          <StatusOptions />
        </select>
      </div>
      <div class="wl-field">
        <label for="wl-level">Level</label>
        <select id="wl-level" value={query.level} onChange={(e) => set({ level: e.currentTarget.value as LevelId | 'none' | 'all' })}>
          <option value="all">Any level</option>
          <LevelOptions />
          <option value="none">Level unclear</option>
        </select>
      </div>
      <div class="wl-field">
        <label for="wl-cert">Certification</label>
        <select id="wl-cert" value={query.certification} onChange={(e) => set({ certification: e.currentTarget.value })}>
          <option value="all">Any certification</option>
          {certifications.map((c) => (
            <option key={c.id} value={c.id}>
              {certLabel(c.id)} ({c.count})
            </option>
          ))}
        </select>
      </div>
      <label class="wl-check wl-field">
        <input type="checkbox" data-testid="filter-meets-all" checked={query.meetsAll} onChange={(e) => set({ meetsAll: e.currentTarget.checked })} />I meet every requirement
      </label>
      <p class="wl-count" aria-live="polite">
        {filtered ? `${shown} of ${total} saved jobs` : `${total} saved ${total === 1 ? 'job' : 'jobs'}`}
      </p>
      {filtered ? (
        <button type="button" class="wl-button wl-button-quiet" onClick={() => onChange({ ...query, text: '', status: 'all', level: 'all', certification: 'all', meetsAll: false })}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
