import { useEffect, useState } from 'preact/hooks';
import type { LevelId, Profile } from '../../lib/analysis';
import { HeldPicker } from './HeldPicker';
import { LevelOptions } from './SelectOptions';

interface Props {
  profile: Profile;
  onSave: (p: Profile) => Promise<boolean>;
  /** Certification ids seen in saved jobs, offered even when the catalogue lacks them. */
  seen: string[];
}

/** The reader's profile: the level they aim for and the certificates they hold. */
export function ProfileEditor({ profile, onSave, seen }: Props) {
  const [held, setHeld] = useState<string[]>(profile.held);
  const [target, setTarget] = useState<LevelId | null>(profile.targetLevel);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setHeld(profile.held);
    setTarget(profile.targetLevel);
  }, [profile]);

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
          setSaved(await onSave({ ...profile, held, targetLevel: target }));
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
        <HeldPicker held={held} seen={seen} savedHeld={profile.held} onToggle={toggle} />
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
