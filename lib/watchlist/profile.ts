import { z } from 'zod';
import { ProfileSchema, toProfile, type Profile, type ProfileInput } from '../analysis';
import { PROFILE_KEY, PROFILE_STAMP_KEY } from './schema';
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

/** A time as Date.toISOString() writes it, so that two compare as strings. */
export const IsoStamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const StampSchema = z.object({ at: IsoStamp });

/** When the profile was last changed here or taken from sync; null for one stored before changes were stamped. */
export async function readProfileStamp(area: KeyValueArea): Promise<string | null> {
  const parsed = StampSchema.safeParse((await area.get([PROFILE_STAMP_KEY]))[PROFILE_STAMP_KEY]);
  return parsed.success ? parsed.data.at : null;
}

/** The profile and the time it changed, in one set(): sync can never see one without the other. */
export const profileItems = (profile: Profile, at: string) => ({ [PROFILE_KEY]: profile, [PROFILE_STAMP_KEY]: { at } });

/** Validates, removes duplicate ids, and stores, stamped with the time of the change. */
export async function writeProfile(area: KeyValueArea, profile: ProfileInput, now = new Date()): Promise<Profile> {
  const clean = cleanProfile(profile);
  await area.set(profileItems(clean, now.toISOString()));
  return clean;
}

/** How the last sync of the profile went, kept for the profile page. */
export const ProfileSyncStatusSchema = z.object({
  state: z.enum(['ok', 'too-big', 'unreadable', 'error']),
  at: IsoStamp,
  message: z.string().max(1000),
});
export type ProfileSyncStatus = z.infer<typeof ProfileSyncStatusSchema>;

export const parseProfileSyncStatus = (raw: unknown): ProfileSyncStatus | null => {
  const parsed = ProfileSyncStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};
