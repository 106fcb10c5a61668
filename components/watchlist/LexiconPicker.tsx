import { useMemo, useState } from 'preact/hooks';
import { searchPickable, type Pickable } from '../../lib/profile/lexicon';

const MAX_LISTED = 30;

interface Props {
  /** Used for element ids: "skill" gives wl-skill-search. */
  name: string;
  legend: string;
  placeholder: string;
  options: readonly Pickable[];
  chosen: string[];
  label: (id: string) => string;
  onToggle: (id: string, on: boolean) => void;
}

/** Skills or tools the reader holds: chosen ones as chips, the rest found by searching the lexicon. */
export function LexiconPicker({ name, legend, placeholder, options, chosen, label, onToggle }: Props) {
  const [search, setSearch] = useState('');
  const matches = useMemo(() => (search.trim() ? searchPickable(options, search) : []), [options, search]);
  return (
    <fieldset class="wl-fieldset">
      <legend>{legend}</legend>
      {chosen.length ? (
        <ul class="wl-chips" aria-label={`Selected ${legend.toLowerCase()}`}>
          {chosen.map((id) => (
            <li key={id} class="wl-chip">
              {label(id)}
              <button type="button" class="wl-chip-remove" aria-label={`Remove ${label(id)}`} onClick={() => onToggle(id, false)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="wl-muted">None selected.</p>
      )}
      <label for={`wl-${name}-search`}>Find {legend.toLowerCase().replace(/^(skills|tools).*/, '$1')}</label>
      <input
        id={`wl-${name}-search`}
        type="search"
        placeholder={placeholder}
        value={search}
        onInput={(e) => setSearch(e.currentTarget.value)}
        aria-controls={`wl-${name}-options`}
      />
      <div id={`wl-${name}-options`} class="wl-cert-options">
        {matches.slice(0, MAX_LISTED).map((o) => (
          <label key={o.id} class="wl-check">
            <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => onToggle(o.id, e.currentTarget.checked)} />
            {o.label}
          </label>
        ))}
        {matches.length > MAX_LISTED ? <p class="wl-muted">{matches.length - MAX_LISTED} more: type to narrow the list.</p> : null}
        {search.trim() && !matches.length ? <p class="wl-muted">Nothing matches “{search}”.</p> : null}
      </div>
    </fieldset>
  );
}
