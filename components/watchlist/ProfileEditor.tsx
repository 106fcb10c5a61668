import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LevelId, Profile } from '../../lib/analysis';
import { CATALOG, certFullName, certLabel } from '../../lib/watchlist/catalog';
import { LevelOptions } from './SelectOptions';

interface Props {
  profile: Profile;
  onSave: (p: Profile) => Promise<boolean>;
  /** Certification ids seen in saved jobs, offered even when the catalogue lacks them. */
  seen: string[];
}

const MAX_LISTED = 40;

export function ProfileEditor({ profile, onSave, seen }: Props) {
  const [held, setHeld] = useState<string[]>(profile.held);
  const [target, setTarget] = useState<LevelId | null>(profile.targetLevel);
  const [search, setSearch] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setHeld(profile.held);
    setTarget(profile.targetLevel);
  }, [profile]);

  const options = useMemo(() => {
    // Current certificates first; older ones stay findable for readers who hold them.
    const known = CATALOG.map((c) => ({ id: c.id, search: c.search, legacy: c.status !== 'current' })).sort((a, b) => Number(a.legacy) - Number(b.legacy));
    const extra = [...new Set([...seen, ...profile.held])]
      .filter((id) => !CATALOG.some((c) => c.id === id))
      .map((id) => ({ id, search: id.toLowerCase(), legacy: false }));
    return [...known, ...extra];
  }, [seen, profile.held]);
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = options.filter((o) => terms.every((t) => o.search.includes(t)));
  const dirty = held.join('|') !== profile.held.join('|') || target !== profile.targetLevel;

  const toggle = (id: string, on: boolean) => {
    setSaved(false);
    setHeld((h) => (on ? [...h, id] : h.filter((x) => x !== id)));
  };

  return (
    <section class="wl-card" aria-labelledby="wl-profile-h">
      <h2 id="wl-profile-h">Your profile</h2>
      <p class="wl-muted">Used to mark certifications you hold and to point you at the next step. It stays in this browser.</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(await onSave({ held, targetLevel: target }));
        }}
      >
        <div class="wl-field">
          <label for="wl-target">Target level</label>
          <select
            id="wl-target"
            value={target ?? ''}
            onChange={(e) => {
              setSaved(false);
              setTarget((e.currentTarget.value || null) as LevelId | null);
            }}
          >
            <option value="">Not set</option>
            <LevelOptions />
          </select>
        </div>
        <fieldset class="wl-fieldset">
          <legend>Certifications you hold</legend>
          {held.length ? (
            <ul class="wl-chips" aria-label="Selected certifications">
              {held.map((id) => (
                <li key={id} class="wl-chip">
                  {certLabel(id)}
                  <button type="button" class="wl-chip-remove" aria-label={`Remove ${certFullName(id)}`} onClick={() => toggle(id, false)}>
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
                <input type="checkbox" checked={held.includes(o.id)} onChange={(e) => toggle(o.id, e.currentTarget.checked)} />
                {certFullName(o.id)}
                {o.legacy ? <span class="wl-muted"> (older certificate)</span> : null}
              </label>
            ))}
            {matches.length > MAX_LISTED ? <p class="wl-muted">{matches.length - MAX_LISTED} more: type to narrow the list.</p> : null}
            {!matches.length ? <p class="wl-muted">No certification matches “{search}”.</p> : null}
          </div>
        </fieldset>
        <div class="wl-row">
          <button type="submit" class="wl-button wl-button-primary" disabled={!dirty}>
            Save profile
          </button>
          <span role="status">{saved && !dirty ? 'Profile saved.' : ''}</span>
        </div>
      </form>
    </section>
  );
}
