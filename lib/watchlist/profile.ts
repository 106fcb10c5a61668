import { ProfileSchema, toProfile, type Profile, type ProfileInput } from '../analysis';
import { PROFILE_KEY } from './schema';
import type { KeyValueArea } from './store';

/**
 * A stored profile read field by field: a damaged field falls back to "not given" and the
 * rest is kept, so one bad value never empties the whole profile.
 */
export function salvageProfile(raw: unknown): Profile {
  const whole = ProfileSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const out = toProfile();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [key, field] of Object.entries(ProfileSchema.shape)) {
    const parsed = field.safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

/** The reader's profile; a damaged value reads as empty rather than breaking the popup. */
export async function readProfile(area: KeyValueArea): Promise<Profile> {
  const raw = (await area.get([PROFILE_KEY]))[PROFILE_KEY];
  return raw === undefined ? toProfile() : salvageProfile(raw);
}

const unique = (ids: readonly string[]) => [...new Set(ids.map((h) => h.trim()).filter(Boolean))];

/** Validated, with duplicate and blank ids removed. */
export function cleanProfile(profile: ProfileInput): Profile {
  const p = ProfileSchema.parse(profile);
  return {
    ...p,
    held: unique(p.held),
    skills: unique(p.skills),
    tools: unique(p.tools),
    preferences: { ...p.preferences, workplace: unique(p.preferences.workplace) as Profile['preferences']['workplace'], contract: unique(p.preferences.contract) as Profile['preferences']['contract'] },
  };
}

/** Validates, removes duplicate ids, and stores. */
export async function writeProfile(area: KeyValueArea, profile: ProfileInput): Promise<Profile> {
  const clean = cleanProfile(profile);
  await area.set({ [PROFILE_KEY]: clean });
  return clean;
}
