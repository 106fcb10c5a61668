import { useEffect, useRef, useState } from 'preact/hooks';
import type { LevelId, Profile } from '../../lib/analysis';
import { CLEARANCE_OPTIONS, clearanceCovers } from '../../lib/profile/clearance';
import { SKILL_OPTIONS, skillLabel, TOOL_OPTIONS, toolLabel } from '../../lib/profile/lexicon';
import { CvReader, type CvAdditions } from './CvReader';
import { ProfileSyncNote, type ProfileSync } from './ProfileSyncNote';
import type { KeptCvPort } from './useKeptCv';
import { HeldPicker } from './HeldPicker';
import { LexiconPicker } from './LexiconPicker';
import { PreferencesFields } from './PreferencesFields';
import { LevelOptions } from './SelectOptions';

interface Props {
  profile: Profile;
  onSave: (p: Profile) => Promise<boolean>;
  /** Certification ids seen in saved jobs, offered even when the catalogue lacks them. */
  seen: string[];
  /** Whether the reader syncs the watchlist (the profile follows it), and how its last sync went. */
  sync?: ProfileSync;
  kept?: KeptCvPort;
}

const toggled = <T,>(list: readonly T[], id: T, on: boolean): T[] => (on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id));
const numberOrNull = (v: string) => (v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

/** The reader's profile: what they hold, the level they aim for, and what they want of a job. */
export function ProfileEditor({ profile, onSave, seen, sync, kept }: Props) {
  const [draft, setDraft] = useState<Profile>(profile);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(profile), [profile]);

  const dirty = JSON.stringify(draft) !== JSON.stringify(profile);
  const edit = (patch: Partial<Profile>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const prefs = (patch: Partial<Profile['preferences']>) => edit({ preferences: { ...draft.preferences, ...patch } });

  // What this page last added from a CV: a late re-read of storage must not take it back.
  const added = useRef<CvAdditions>({ held: [], skills: [], tools: [], clearance: null });
  const addFromCv = async (add: CvAdditions) => {
    const all = (k: 'held' | 'skills' | 'tools') => [...new Set([...draft[k], ...added.current[k], ...add[k]])];
    const clearance = draft.clearance ?? added.current.clearance;
    const merged: Profile = {
      ...draft,
      held: all('held'),
      skills: all('skills'),
      tools: all('tools'),
      // A lower clearance found in the CV never replaces a higher one already given.
      clearance: add.clearance && !clearanceCovers(clearance, add.clearance) ? add.clearance : clearance,
    };
    const ok = await onSave(merged);
    if (ok) {
      added.current = { held: merged.held, skills: merged.skills, tools: merged.tools, clearance: merged.clearance };
      setDraft(merged);
    }
    return ok;
  };

  return (
    <section class="wl-card" aria-labelledby="wl-profile-h" data-testid="profile">
      <h2 id="wl-profile-h">Your profile</h2>
      <ProfileSyncNote sync={sync} />
      <CvReader has={draft} onAdd={addFromCv} kept={kept} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(await onSave(draft));
        }}
      >
        <div class="wl-field">
          <label for="wl-target">Target level</label>
          <select id="wl-target" value={draft.targetLevel ?? ''} onChange={(e) => edit({ targetLevel: (e.currentTarget.value || null) as LevelId | null })}>
            <option value="">Not set</option>
            <LevelOptions />
          </select>
        </div>
        <div class="wl-field">
          <label for="wl-years">Years in PMO roles</label>
          <input id="wl-years" type="number" min={0} max={60} step={1} inputMode="numeric" value={draft.yearsInPmo ?? ''} onInput={(e) => edit({ yearsInPmo: numberOrNull(e.currentTarget.value) })} />
        </div>
        <HeldPicker held={draft.held} seen={seen} savedHeld={profile.held} onToggle={(id, on) => edit({ held: toggled(draft.held, id, on) })} />
        <LexiconPicker
          name="skill"
          legend="Skills you have"
          placeholder="e.g. risk, stakeholder, reporting"
          options={SKILL_OPTIONS}
          chosen={draft.skills}
          label={skillLabel}
          onToggle={(id, on) => edit({ skills: toggled(draft.skills, id, on) })}
        />
        <LexiconPicker
          name="tool"
          legend="Tools you use"
          placeholder="e.g. Power BI, Project, Jira"
          options={TOOL_OPTIONS}
          chosen={draft.tools}
          label={toolLabel}
          onToggle={(id, on) => edit({ tools: toggled(draft.tools, id, on) })}
        />
        <div class="wl-field">
          <label for="wl-clearance">Security clearance held</label>
          <select id="wl-clearance" value={draft.clearance ?? ''} onChange={(e) => edit({ clearance: e.currentTarget.value || null })}>
            <option value="">None</option>
            {CLEARANCE_OPTIONS.map((g) => (
              <optgroup key={g.scheme} label={g.scheme}>
                {g.levels.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <PreferencesFields preferences={draft.preferences} onChange={prefs} />
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
