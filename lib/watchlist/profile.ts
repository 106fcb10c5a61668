import { ProfileSchema, type Profile } from '../analysis';
import { PROFILE_KEY } from './schema';
import type { KeyValueArea } from './store';

/** A fresh object each time, so no caller can change another's copy. */
const emptyProfile = (): Profile => ({ held: [], targetLevel: null });

/** The reader's profile; a damaged value reads as empty rather than breaking the popup. */
export async function readProfile(area: KeyValueArea): Promise<Profile> {
  const raw = (await area.get([PROFILE_KEY]))[PROFILE_KEY];
  if (raw === undefined) return emptyProfile();
  const parsed = ProfileSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptyProfile();
}

/** Validates, removes duplicate certification ids, and stores. */
export async function writeProfile(area: KeyValueArea, profile: Profile): Promise<Profile> {
  const parsed = ProfileSchema.parse(profile);
  const clean: Profile = { held: [...new Set(parsed.held.map((h) => h.trim()).filter(Boolean))], targetLevel: parsed.targetLevel };
  await area.set({ [PROFILE_KEY]: clean });
  return clean;
}
