import type { CvFindings } from '../../lib/profile/cv-read';
import { GROUPS, key, type Kind } from '../../lib/profile/cv-choices';

const toggle = (set: Set<string>, k: string, on: boolean) => {
  const next = new Set(set);
  if (on) next.add(k);
  else next.delete(k);
  return next;
};

interface Props {
  from: string;
  findings: CvFindings;
  ticked: Set<string>;
  setTicked: (next: Set<string>) => void;
  isHeld: (kind: Kind, id: string) => boolean;
  /** What became of the CV text: kept, or why it could not be. */
  note: { text: string; error: boolean } | null;
  onConfirm: () => void;
  onDiscard: () => void;
}

/** What a CV was found to hold, each ticked to add unless the profile has it already. */
export function CvFound({ from, findings, ticked, setTicked, isHeld, note, onConfirm, onDiscard }: Props) {
  return (
    <div class="wl-cv-found" aria-label="Found in your CV">
      <p>Found in {from}. Untick anything you do not hold, then add the rest.</p>
      {note ? (
        <p class={note.error ? 'wl-error' : 'wl-muted'} role={note.error ? 'alert' : undefined}>
          {note.text}
        </p>
      ) : null}
      {GROUPS.map((g) => {
        const items = g.pick(findings);
        if (!items.length) return null;
        return (
          <div key={g.kind}>
            <h3 class="wl-cv-group">{g.title}</h3>
            {items.map((f) => (
              <label key={f.id} class="wl-check" data-testid="cv-finding">
                <input type="checkbox" checked={ticked.has(key(g.kind, f.id))} onChange={(e) => setTicked(toggle(ticked, key(g.kind, f.id), e.currentTarget.checked))} />
                {f.label}
                <span class="wl-muted"> (“{f.text.length > 60 ? `${f.text.slice(0, 60)}…` : f.text}”{isHeld(g.kind, f.id) ? ', already in your profile' : ''})</span>
              </label>
            ))}
          </div>
        );
      })}
      {findings.grades.length ? <p class="wl-muted">Grades named: {findings.grades.map((g) => `${g.text} (usually ${g.levels.join(' or ')} level)`).join(', ')}.</p> : null}
      <div class="wl-row">
        <button type="button" class="wl-button wl-button-primary" data-testid="cv-confirm" disabled={!ticked.size} onClick={onConfirm}>
          Add {ticked.size} ticked {ticked.size === 1 ? 'item' : 'items'} to my profile
        </button>
        <button type="button" class="wl-button wl-button-quiet" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </div>
  );
}
