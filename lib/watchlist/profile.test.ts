import { describe, expect, it } from 'vitest';
import { readProfile, writeProfile } from './profile';
import { PROFILE_KEY } from './schema';
import { MemoryArea } from '../../tests/watchlist/helpers';

describe('profile', () => {
  it('round-trips, trimming and removing duplicate certification ids', async () => {
    const area = new MemoryArea();
    expect(await readProfile(area)).toEqual({ held: [], targetLevel: null });
    await writeProfile(area, { held: [' p3o-foundation', 'p3o-foundation', 'prince2-practitioner', ''], targetLevel: 'manager' });
    expect(await readProfile(area)).toEqual({ held: ['p3o-foundation', 'prince2-practitioner'], targetLevel: 'manager' });
  });

  it('refuses an invalid profile and leaves the stored one alone', async () => {
    const area = new MemoryArea();
    await writeProfile(area, { held: ['apm-pfq'], targetLevel: 'analyst' });
    await expect(writeProfile(area, { held: ['x'], targetLevel: 'chief' as never })).rejects.toThrow();
    expect(await readProfile(area)).toEqual({ held: ['apm-pfq'], targetLevel: 'analyst' });
  });

  it('a damaged stored profile reads as empty instead of breaking the popup', async () => {
    const area = new MemoryArea();
    area.load({ [PROFILE_KEY]: { held: 'all of them', targetLevel: 7 } });
    expect(await readProfile(area)).toEqual({ held: [], targetLevel: null });
  });
});
