import type { LevelId } from '../../lib/analysis';
import { CLOSING_SOON_DAYS, clearFilters, isFiltered, type WatchlistQuery } from '../../lib/watchlist/query';
import type { Status } from '../../lib/watchlist/schema';
import { certLabel } from '../../lib/watchlist/catalog';
import { clearanceLabel, CONTRACT_LABELS, WORKPLACE_LABELS } from '../../lib/watchlist/fact-labels';
import { LevelOptions, StatusOptions } from './SelectOptions';
import type { FacetOption, Facets } from './usePagedRows';

interface Props {
  query: WatchlistQuery;
  onChange: (q: WatchlistQuery) => void;
  /** The values found in the saved jobs, most common first. */
  facets: Facets;
  shown: number;
  total: number;
}

/** Annual pay thresholds offered; jobs are kept when their pay can reach the one chosen. */
const PAY_STEPS = [20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 100_000, 120_000];

function FacetSelect({ id, label, any, value, options, name, onPick }: {
  id: string;
  label: string;
  any: string;
  value: string;
  options: FacetOption[];
  name: (value: string) => string;
  onPick: (value: string) => void;
}) {
  return (
    <div class="wl-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="all">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {name(o.value)} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

const notStated = (name: (v: string) => string) => (v: string) => (v === 'none' ? 'Not stated' : name(v));

export function Filters({ query, onChange, facets, shown, total }: Props) {
  const set = (patch: Partial<WatchlistQuery>) => onChange({ ...query, ...patch });
  const filtered = isFiltered(query);
  return (
    <form class="wl-filters" role="search" aria-label="Filter saved jobs" onSubmit={(e) => e.preventDefault()}>
      <div class="wl-field wl-field-grow">
        <label for="wl-search">Search</label>
        <input
          id="wl-search"
          type="search"
          placeholder="Title, company, notes, tag, tool…"
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
      <FacetSelect
        id="wl-cert"
        label="Certification"
        any="Any certification"
        value={query.certification}
        options={facets.certifications}
        name={certLabel}
        onPick={(certification) => set({ certification })}
      />
      <FacetSelect
        id="wl-contract"
        label="Contract"
        any="Any contract"
        value={query.contract}
        options={facets.contracts}
        name={notStated((v) => CONTRACT_LABELS[v as keyof typeof CONTRACT_LABELS] ?? v)}
        onPick={(contract) => set({ contract })}
      />
      <FacetSelect
        id="wl-workplace"
        label="Place of work"
        any="Anywhere"
        value={query.workplace}
        options={facets.workplaces}
        name={notStated((v) => WORKPLACE_LABELS[v as keyof typeof WORKPLACE_LABELS] ?? v)}
        onPick={(workplace) => set({ workplace })}
      />
      <div class="wl-field">
        <label for="wl-clearance">Clearance</label>
        <select id="wl-clearance" value={query.clearance} onChange={(e) => set({ clearance: e.currentTarget.value })}>
          <option value="all">Any or none</option>
          <option value="any">Some clearance asked</option>
          {facets.clearances.map((o) => (
            <option key={o.value} value={o.value}>
              {o.value === 'none' ? 'None asked or not read' : clearanceLabel(o.value)} ({o.count})
            </option>
          ))}
        </select>
      </div>
      <div class="wl-field">
        <label for="wl-pay">Pay from (a year)</label>
        <select id="wl-pay" value={query.payFrom === null ? '' : String(query.payFrom)} onChange={(e) => set({ payFrom: e.currentTarget.value ? Number(e.currentTarget.value) : null })}>
          <option value="">Any pay</option>
          {PAY_STEPS.map((n) => (
            <option key={n} value={String(n)}>
              {n.toLocaleString('en-GB')} or more
            </option>
          ))}
        </select>
      </div>
      <div class="wl-field wl-check">
        <input id="wl-soon" type="checkbox" checked={query.closingSoon} onChange={(e) => set({ closingSoon: e.currentTarget.checked })} />
        <label for="wl-soon">Closing within {CLOSING_SOON_DAYS} days</label>
      </div>
      <div class="wl-field wl-check">
        <input id="wl-meets" type="checkbox" data-testid="filter-meets-all" checked={query.meetsAll} onChange={(e) => set({ meetsAll: e.currentTarget.checked })} />
        <label for="wl-meets">I meet every requirement</label>
      </div>
      <p class="wl-count" aria-live="polite">
        {filtered ? `${shown} of ${total} saved jobs` : `${total} saved ${total === 1 ? 'job' : 'jobs'}`}
      </p>
      {filtered ? (
        <button type="button" class="wl-button wl-button-quiet" onClick={() => onChange(clearFilters(query))}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
