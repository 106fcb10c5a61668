import { describe, expect, it } from 'vitest';
import { toProfile, type ProfileInput } from '../analysis';
import { PROFILE_SYNC_MAX_BYTES, readSyncedProfile, SYNC_PROFILE_KEY, syncPartKey, syncProfileAndWatchlist } from './profile-sync';
import { readProfile, readProfileStamp, writeProfile } from './profile';
import { KEPT_CV_KEY, PROFILE_KEY } from './schema';
import { WatchlistStore } from './store';
import { syncKey, SYNC_LIMITS } from './sync';
import { MemoryArea, makeAnalysis, postings } from '../../tests/watchlist/helpers';

const chromeSync = () => new MemoryArea(SYNC_LIMITS.totalBytes, SYNC_LIMITS.itemBytes, SYNC_LIMITS.maxItems);

/** One browser: its own local storage and clock, the shared sync area. */
function browser(sync: MemoryArea, start: string) {
  let t = Date.parse(start);
  const area = new MemoryArea();
  const clock = () => new Date((t += 1000));
  const store = new WatchlistStore(area, { now: clock });
  return {
    area,
    store,
    /** A change made now on this browser's clock, or at a given time. */
    save: (p: ProfileInput, at?: string) => writeProfile(area, p, at ? new Date(at) : clock()),
    sync: () => syncProfileAndWatchlist(store, area, sync, clock()),
  };
}

const ANALYST: ProfileInput = { held: ['prince2-foundation'], skills: ['risk-management'], tools: ['excel'], clearance: 'bpss', targetLevel: 'analyst' };
const MANAGER: ProfileInput = { held: ['p3o-practitioner', 'msp-practitioner'], skills: ['stakeholder-management'], tools: ['power-bi'], clearance: 'sc', targetLevel: 'manager', yearsInPmo: 6 };

describe('the profile in browser sync', () => {
  it('two browsers edit it: the later change wins in both, whichever syncs first', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    const b = browser(sync, '2026-11-02T10:00:00.000Z');
    await a.save(ANALYST);
    await b.save(MANAGER);
    // B changed later, but A syncs first: A's profile goes up, then B's replaces it everywhere.
    expect((await a.sync()).profile).toMatchObject({ state: 'ok', message: expect.stringMatching(/synced across your browsers \(never any CV text\)/) });
    await b.sync();
    await a.sync();
    expect(await readProfile(a.area)).toEqual(toProfile(MANAGER));
    expect(await readProfile(b.area)).toEqual(toProfile(MANAGER));
    expect(await readProfileStamp(a.area)).toBe(await readProfileStamp(b.area));

    // A edits again, later still: A's edit reaches B.
    await a.save({ ...MANAGER, tools: ['power-bi', 'jira'] }, '2026-11-02T11:00:00.000Z');
    await a.sync();
    await b.sync();
    expect((await readProfile(b.area)).tools).toEqual(['power-bi', 'jira']);
  });

  it('a tie in time goes the same way in every browser', async () => {
    const run = async (first: 'a' | 'b') => {
      const sync = chromeSync();
      const a = browser(sync, '2026-11-02T09:00:00.000Z');
      const b = browser(sync, '2026-11-02T09:00:00.000Z');
      await a.save(ANALYST);
      await b.save(MANAGER);
      const order = first === 'a' ? [a, b, a] : [b, a, b];
      for (const x of order) await x.sync();
      expect(await readProfile(a.area)).toEqual(await readProfile(b.area));
      return readProfile(a.area);
    };
    expect(await run('a')).toEqual(await run('b'));
  });

  it('a browser with no profile yet takes the synced one; a profile saved before changes were stamped loses to a stamped one', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    const fresh = browser(sync, '2026-11-03T09:00:00.000Z');
    await a.save(MANAGER);
    await a.sync();
    await fresh.sync();
    expect(await readProfile(fresh.area)).toEqual(toProfile(MANAGER));

    const old = browser(sync, '2026-11-04T09:00:00.000Z');
    await old.area.set({ [PROFILE_KEY]: toProfile(ANALYST) });
    await old.sync();
    expect(await readProfile(old.area)).toEqual(toProfile(MANAGER));
  });

  it('never carries CV text: neither a kept CV nor a stray field of the stored profile', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    await a.save(MANAGER);
    await a.area.set({
      [KEPT_CV_KEY]: { v: 1, text: 'Jo Example, 12 Elm Road. PMO Manager at Northwind since 2019.', from: 'cv.docx', at: '2026-11-02T09:00:05.000Z' },
      [PROFILE_KEY]: { ...toProfile(MANAGER), cvText: 'Jo Example, 12 Elm Road' },
    });
    await a.sync();
    const everything = JSON.stringify(sync.dump());
    expect(everything).toContain('p3o-practitioner');
    expect(everything).not.toMatch(/Elm Road|Northwind|Jo Example|cvText/);
  });

  it('a damaged synced profile is ignored with a reason and never replaces the local one', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    const b = browser(sync, '2026-11-02T10:00:00.000Z');
    await a.save(ANALYST);
    await a.sync();
    await b.save(MANAGER);
    await b.sync();
    await a.sync();
    // A newer change whose parts have not all arrived, or were damaged on the way.
    const meta = sync.dump()[SYNC_PROFILE_KEY] as { at: string };
    await sync.set({ [SYNC_PROFILE_KEY]: { ...meta, at: '2026-11-05T00:00:00.000Z' }, [syncPartKey(0)]: '{"held":["p3o-pract' });
    const status = (await a.sync()).profile;
    expect(status).toMatchObject({ state: 'unreadable', message: expect.stringMatching(/could not be read \(its parts do not add up.*\), so it was ignored\. Your profile on this computer is complete and unchanged/) });
    expect(await readProfile(a.area)).toEqual(toProfile(MANAGER));
    // Left for its writer to complete: this browser's older profile does not overwrite it.
    expect(sync.dump()[syncPartKey(0)]).toBe('{"held":["p3o-pract');

    // Plain garbage in the description: this browser's profile replaces it.
    await sync.set({ [SYNC_PROFILE_KEY]: 'not a description' });
    expect((await a.sync()).profile.message).toMatch(/could not be read.*This browser's profile was synced in its place/);
    expect(readSyncedProfile(sync.dump())).toMatchObject({ kind: 'ok', profile: toProfile(MANAGER) });

    // A valid checksum over something that is not a profile.
    const bad = browser(chromeSync(), '2026-11-06T00:00:00.000Z');
    expect(readSyncedProfile({ [SYNC_PROFILE_KEY]: { v: 1, at: '2026-11-06T00:00:00.000Z', n: 1, sum: (await import('./schema')).hash64('{"targetLevel":"ceo"}') }, [syncPartKey(0)]: '{"targetLevel":"ceo"}' })).toMatchObject({
      kind: 'damaged',
      reason: 'it is not a profile this version can read',
    });
    expect(await readProfile(bad.area)).toEqual(toProfile());
  });

  it('a profile in sync from a newer version is left as it is', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    await a.save(ANALYST);
    await sync.set({ [SYNC_PROFILE_KEY]: { v: 2, at: '2026-11-01T00:00:00.000Z', parts: 3 } });
    expect((await a.sync()).profile).toMatchObject({ state: 'unreadable', message: expect.stringMatching(/newer version/) });
    expect(sync.dump()[SYNC_PROFILE_KEY]).toEqual({ v: 2, at: '2026-11-01T00:00:00.000Z', parts: 3 });
    expect(await readProfile(a.area)).toEqual(toProfile(ANALYST));
  });

  it('a profile larger than one sync item is split across items and read back whole', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    const b = browser(sync, '2026-11-02T10:00:00.000Z');
    const skills = Array.from({ length: 150 }, (_, i) => `stakeholder-"quoted"-management-of-a-long-programme-${i}`);
    await a.save({ ...MANAGER, skills });
    await a.sync();
    expect(sync.data.has(syncPartKey(1))).toBe(true);
    for (const [k, v] of sync.data) expect(k.length + v.length).toBeLessThanOrEqual(SYNC_LIMITS.itemBytes);
    await b.sync();
    expect((await readProfile(b.area)).skills).toEqual(skills);
    // Shrinking it again removes the parts it no longer needs.
    await a.save(MANAGER);
    await a.sync();
    expect(sync.data.has(syncPartKey(1))).toBe(false);
    await b.sync();
    expect(await readProfile(b.area)).toEqual(toProfile(MANAGER));
  });

  it('a profile too large for its share of sync stays whole on this computer and says so', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    const b = browser(sync, '2026-11-02T10:00:00.000Z');
    await a.save(ANALYST);
    await a.sync();
    const huge = { ...MANAGER, skills: Array.from({ length: 300 }, (_, i) => `a-very-long-skill-name-read-from-a-long-list-of-skills-that-goes-on-and-on-for-ninety-chars-${i}`) };
    await a.save(huge);
    const status = (await a.sync()).profile;
    expect(status.state).toBe('too-big');
    expect(status.message).toMatch(/too large to sync \(\d+ KB with 2 certificates, 300 skills and 1 tools; sync keeps 24 KB for it\).*complete and unchanged/);
    expect(await readProfile(a.area)).toEqual(toProfile(huge));
    // The other browsers keep the last profile that fitted.
    await b.sync();
    expect(await readProfile(b.area)).toEqual(toProfile(ANALYST));
    expect(PROFILE_SYNC_MAX_BYTES).toBeLessThan(SYNC_LIMITS.totalBytes / 2);
  });

  it('keeps its room beside a watchlist that fills sync, and the total stays within the quota', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    for (const p of postings(300)) await a.store.save(p, makeAnalysis());
    await a.sync();
    expect(sync.data.has(SYNC_PROFILE_KEY)).toBe(false);
    const withoutProfile = [...sync.data.keys()].filter((k) => k.startsWith('wl:')).length;
    // The profile arrives once the watchlist has filled sync: saved jobs make room for it.
    await a.save({ ...MANAGER, skills: Array.from({ length: 150 }, (_, i) => `skill-${i}-${'x'.repeat(40)}`) });
    const { profile, watchlist } = await a.sync();
    expect(profile.state).toBe('ok');
    expect(watchlist.state).toBe('partial');
    expect(sync.data.has(syncPartKey(0))).toBe(true);
    expect([...sync.data.keys()].filter((k) => k.startsWith('wl:')).length).toBeLessThan(withoutProfile);
    expect(sync.bytes()).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
    const newest = (await a.store.list()).sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1))[0]!;
    expect(sync.data.has(syncKey(newest.id))).toBe(true);
  });

  it('a sync storage failure leaves the local profile as it was', async () => {
    const sync = chromeSync();
    const a = browser(sync, '2026-11-02T09:00:00.000Z');
    await a.save(MANAGER);
    const before = a.area.dump();
    const realSet = sync.set.bind(sync);
    let calls = 0;
    // The watchlist's write goes through; the profile's, after it, hits the quota.
    sync.set = async (items) => {
      if (SYNC_PROFILE_KEY in items && calls++ === 0) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    };
    expect((await a.sync()).profile).toMatchObject({ state: 'error', message: expect.stringMatching(/not synced: browser sync storage is full\. Your profile on this computer is complete and unchanged/) });
    expect(a.area.dump()).toEqual(before);
  });
});
