import { describe, expect, it } from 'vitest';
import { toProfile } from '../analysis';
import { readProfile, salvageProfile, writeProfile } from './profile';
import { PROFILE_KEY } from './schema';
import { MemoryArea } from '../../tests/watchlist/helpers';

describe('profile', () => {
  it('round-trips, trimming and removing duplicate ids', async () => {
    const area = new MemoryArea();
    expect(await readProfile(area)).toEqual(toProfile());
    await writeProfile(area, {
      held: [' p3o-foundation', 'p3o-foundation', 'prince2-practitioner', ''],
      targetLevel: 'manager',
      skills: ['risk-management', 'risk-management '],
      tools: ['power-bi'],
      clearance: 'sc',
      yearsInPmo: 4,
      preferences: { payFloor: 45000, workplace: ['hybrid', 'hybrid'], contract: ['permanent'] },
    });
    expect(await readProfile(area)).toEqual({
      held: ['p3o-foundation', 'prince2-practitioner'],
      targetLevel: 'manager',
      skills: ['risk-management'],
      tools: ['power-bi'],
      clearance: 'sc',
      yearsInPmo: 4,
      preferences: { payFloor: 45000, workplace: ['hybrid'], contract: ['permanent'] },
    });
  });

  it('a profile stored before skills, tools, clearance and preferences existed still reads, with those not given', async () => {
    const area = new MemoryArea();
    area.load({ [PROFILE_KEY]: { held: ['apm-pfq'], targetLevel: 'analyst' } });
    expect(await readProfile(area)).toEqual({ ...toProfile(), held: ['apm-pfq'], targetLevel: 'analyst' });
  });

  it('refuses an invalid profile and leaves the stored one alone', async () => {
    const area = new MemoryArea();
    await writeProfile(area, { held: ['apm-pfq'], targetLevel: 'analyst' });
    await expect(writeProfile(area, { held: ['x'], targetLevel: 'chief' as never })).rejects.toThrow();
    await expect(writeProfile(area, { clearance: 'SC <script>' })).rejects.toThrow();
    expect(await readProfile(area)).toEqual({ ...toProfile(), held: ['apm-pfq'], targetLevel: 'analyst' });
  });

  it('a damaged stored field reads as not given and the other fields are kept', async () => {
    const area = new MemoryArea();
    area.load({ [PROFILE_KEY]: { held: 'all of them', targetLevel: 7, skills: ['stakeholder-management'], yearsInPmo: -3 } });
    expect(await readProfile(area)).toEqual({ ...toProfile(), skills: ['stakeholder-management'] });
    expect(salvageProfile('not a profile')).toEqual(toProfile());
  });
});
