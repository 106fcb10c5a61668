import { useMemo, useState } from 'preact/hooks';
import { CATALOG, certFullName, certLabel } from '../../lib/watchlist/catalog';

const MAX_LISTED = 40;

interface Props {
  held: string[];
  /** Certification ids seen in saved jobs, offered even when the catalogue lacks them. */
  seen: string[];
  /** What the stored profile holds, so an id no longer in the catalogue can still be removed. */
  savedHeld: string[];
  onToggle: (id: string, on: boolean) => void;
}

/** The certificates the reader holds: chosen ones as chips, the rest found by searching. */
export function HeldPicker({ held, seen, savedHeld, onToggle }: Props) {
  const [search, setSearch] = useState('');
  const options = useMemo(() => {
    // Current certificates first; older ones stay findable for readers who hold them.
    const known = CATALOG.map((c) => ({ id: c.id, search: c.search, legacy: c.status !== 'current' })).sort((a, b) => Number(a.legacy) - Number(b.legacy));
    const extra = [...new Set([...seen, ...savedHeld])]
      .filter((id) => !CATALOG.some((c) => c.id === id))
      .map((id) => ({ id, search: id.toLowerCase(), legacy: false }));
    return [...known, ...extra];
  }, [seen, savedHeld]);
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = options.filter((o) => terms.every((t) => o.search.includes(t)));

  return (
    <fieldset class="wl-fieldset">
      <legend>Certifications you hold</legend>
      {held.length ? (
        <ul class="wl-chips" aria-label="Selected certifications">
          {held.map((id) => (
            <li key={id} class="wl-chip">
              {certLabel(id)}
              <button type="button" class="wl-chip-remove" aria-label={`Remove ${certFullName(id)}`} onClick={() => onToggle(id, false)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="wl-muted">None selected.</p>
      )}
      <label for="wl-cert-search">Find a certification</label>
      <input
        id="wl-cert-search"
        type="search"
        placeholder="e.g. P3O, PRINCE2, Essentials"
        value={search}
        onInput={(e) => setSearch(e.currentTarget.value)}
        aria-controls="wl-cert-options"
      />
      <div id="wl-cert-options" class="wl-cert-options">
        {matches.slice(0, MAX_LISTED).map((o) => (
          <label key={o.id} class="wl-check">
            <input type="checkbox" checked={held.includes(o.id)} onChange={(e) => onToggle(o.id, e.currentTarget.checked)} />
            {certFullName(o.id)}
            {o.legacy ? <span class="wl-muted"> (older certificate)</span> : null}
          </label>
        ))}
        {matches.length > MAX_LISTED ? <p class="wl-muted">{matches.length - MAX_LISTED} more: type to narrow the list.</p> : null}
        {!matches.length ? <p class="wl-muted">No certification matches “{search}”.</p> : null}
      </div>
    </fieldset>
  );
}
