import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS, migrate, type KeyedDoc, type Migration } from './migrations';
import { CURRENT_VERSION, INDEX_KEY, isRowsKey, LEGACY_KEY, QUARANTINE_KEY, entryKey } from './schema';
import { readListing, readQuarantine, readWatchlist, WatchlistStore } from './store';
import { summarise } from './summary';
import { textPrint } from './duplicates-print';
import { MemoryArea, makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../tests/watchlist/fixtures/${name}`, import.meta.url)), 'utf8'));

/** Stored data as each earlier version wrote it, under the keys it used. */
const STORED_BY_VERSION: Record<number, () => Record<string, unknown>> = {
  1: () => ({ [LEGACY_KEY]: fixture('stored-v1.json') }),
  2: () => ({ [LEGACY_KEY]: fixture('stored-v2.json') }),
  3: () => fixture('stored-v3.json') as Record<string, unknown>,
};

describe('migration chain', () => {
  it('has one step from every earlier version up to the current one', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) {
      expect(MIGRATIONS.filter((m) => m.from === v && m.to === v + 1)).toHaveLength(1);
      expect(STORED_BY_VERSION[v], `a stored sample of version ${v}`).toBeDefined();
    }
  });

  for (const version of Object.keys(STORED_BY_VERSION).map(Number)) {
    it(`replays stored version ${version} data into the current layout`, async () => {
      const area = new MemoryArea();
      area.load(STORED_BY_VERSION[version]!());
      const store = new WatchlistStore(area);
      const state = await store.open();
      expect(state.mode).toBe('ready');
      expect(state.version).toBe(CURRENT_VERSION);
      const read = await readWatchlist(area);
      expect(read.state).toBe('ready');
      expect(read.invalid).toEqual([]);
      expect(read.entries.length).toBeGreaterThan(0);
      expect(area.data.has(LEGACY_KEY)).toBe(false);
      // The broken entry in each sample is kept aside, not dropped.
      expect(state.movedAside).toBe(1);
      const quarantine = area.dump()[QUARANTINE_KEY] as { items: { value: unknown; reason: string }[] };
      expect(quarantine.items).toHaveLength(1);
      expect(quarantine.items[0]!.reason).not.toBe('');
      // A migrated store accepts a save at once.
      const saved = await store.save(makePosting({ jobId: 'saved-after-upgrade' }), makeAnalysis());
      expect(saved.created).toBe(true);
    });
  }

  it('v1: gives ids, merges an advert saved from two links, keeps both notes and the first date', async () => {
    const area = new MemoryArea();
    area.load({ [LEGACY_KEY]: fixture('stored-v1.json') });
    const store = new WatchlistStore(area);
    await store.open();
    const entries = await store.list();
    expect(entries).toHaveLength(2);
    const admin = entries.find((e) => e.id === 'https://reed.co.uk/jobs/pmo-administrator/40001')!;
    expect(admin.savedAt).toBe(new Date(1717236000000).toISOString());
    expect(admin.notes).toContain('Call the recruiter on Monday');
    expect(admin.notes).toContain('Closing date is the 30th');
    expect(admin.status).toBe('saved');
    expect(admin.tags).toEqual([]);
    expect(admin.analysis.level.id).toBe('administrator');
    expect(admin.analysis.certifications.map((c) => c.family).sort()).toEqual(['apm', 'ppso', 'prince2']);
    expect(admin.snapshot.text).toContain('risk register');
    const head = entries.find((e) => e.posting.title === 'Head of Portfolio Office')!;
    expect(head.id).toMatch(/^text:[0-9a-f]{16}$/);
  });

  it('v2: keeps status, notes and dates, splits posting and analysis', async () => {
    const area = new MemoryArea();
    area.load({ [LEGACY_KEY]: fixture('stored-v2.json') });
    await new WatchlistStore(area).open();
    const stored = area.dump()[entryKey('linkedin:3901234567')] as Record<string, unknown>;
    expect(stored).toMatchObject({
      id: 'linkedin:3901234567',
      status: 'interviewing',
      notes: 'Second interview booked; ask about the tooling budget',
      savedAt: '2025-03-02T09:15:00.000Z',
      updatedAt: '2025-03-09T17:40:00.000Z',
      posting: { title: 'PMO Manager', company: 'Ferrous Rail Ltd', jobId: '3901234567', salary: null },
      analysis: { level: { id: 'manager', confidence: 0.74 }, office: 'programme', recommendations: [] },
      tags: [],
    });
    const index = area.dump()[INDEX_KEY] as { version: number; entries: Record<string, string> };
    expect(index.version).toBe(CURRENT_VERSION);
    expect(Object.keys(index.entries).sort()).toEqual(['https://jobs.example-council.gov.uk/vacancy/881', 'linkedin:3901234567']);
  });

  it('a step that throws leaves the stored data exactly as it was', async () => {
    const area = new MemoryArea();
    area.load({ [LEGACY_KEY]: fixture('stored-v1.json') });
    const before = area.dump();
    const broken: Migration = {
      from: 2,
      to: 3,
      up() {
        throw new Error('unexpected field');
      },
    };
    const store = new WatchlistStore(area, { migrations: [MIGRATIONS[0]!, broken] });
    const state = await store.open();
    expect(state.mode).toBe('read-only');
    expect(state.message).toMatch(/could not be upgraded.*unexpected field.*left exactly as they were/s);
    expect(area.dump()).toEqual(before);
    await expect(store.save(makePosting(), makeAnalysis())).rejects.toMatchObject({ code: 'read-only' });
    expect(area.dump()).toEqual(before);
  });

  it('a malformed version 2 document is left untouched', async () => {
    const area = new MemoryArea();
    area.load({ [LEGACY_KEY]: { version: 2, entries: 'not a list' } });
    const before = area.dump();
    const state = await new WatchlistStore(area).open();
    expect(state.mode).toBe('read-only');
    expect(area.dump()).toEqual(before);
  });

  it('a write that fails half way through the upgrade leaves the old data in place and retries later', async () => {
    const area = new MemoryArea();
    area.load({ [LEGACY_KEY]: fixture('stored-v2.json') });
    const before = area.dump();
    area.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    const store = new WatchlistStore(area);
    const state = await store.open();
    expect(state.mode).toBe('read-only');
    expect(state.message).toMatch(/storage is full/);
    expect(area.dump()).toEqual(before);
    // Next time (space freed) the upgrade goes through.
    const again = await store.open();
    expect(again.mode).toBe('ready');
    expect((await readWatchlist(area)).entries).toHaveLength(2);
  });

  it('migrate() is pure: the input document is not modified', () => {
    const doc = fixture('stored-v1.json');
    const copy = structuredClone(doc);
    const { doc: out } = migrate(doc, 1);
    expect(doc).toEqual(copy);
    expect(out.version).toBe(CURRENT_VERSION);
  });
});

describe('data from a newer version', () => {
  it('an index with a higher version is read-only and untouched', async () => {
    const area = new MemoryArea();
    const future = {
      [INDEX_KEY]: { version: CURRENT_VERSION + 1, entries: { 'reed:1': '2027-01-01T00:00:00.000Z' } },
      [entryKey('reed:1')]: { id: 'reed:1', shape: 'from the future' },
    };
    area.load(future);
    const store = new WatchlistStore(area);
    const state = await store.open();
    expect(state.mode).toBe('read-only');
    expect(state.message).toMatch(/newer version of PMO Pathfinder/);
    await expect(store.save(makePosting(), makeAnalysis())).rejects.toThrow(/newer version/);
    await expect(store.delete(['reed:1'])).rejects.toThrow(/newer version/);
    expect(area.dump()).toEqual(future);
    const read = await readWatchlist(area);
    expect(read.state).toBe('newer');
    expect(read.message).toMatch(/update the extension/);
  });

  it('a legacy document with a higher version is untouched too', async () => {
    const area = new MemoryArea();
    area.load({ [LEGACY_KEY]: { version: 9, entries: [] } });
    const before = area.dump();
    const state = await new WatchlistStore(area).open();
    expect(state.mode).toBe('read-only');
    expect(area.dump()).toEqual(before);
  });
});

describe('migrations on the per-key layout (version 3 on)', () => {
  const storedV3 = () => fixture('stored-v3.json') as Record<string, unknown>;
  const v3Ids = ['careers.example-trust.nhs.uk:REQ-2291', 'reed:51234567', 'text:88e9575550cd7c2b'];

  /** Version 3 data as the current writer upgrades it: what the next schema change will start from. */
  const storedNow = async () => {
    const area = new MemoryArea();
    area.load(storedV3());
    await new WatchlistStore(area).open();
    return area.dump();
  };
  const NEXT = CURRENT_VERSION + 1;

  /** A trial next schema change: tags become lower case, one copy each. */
  const trialStep: Migration = {
    from: CURRENT_VERSION,
    to: NEXT,
    up(doc) {
      const { entries } = doc as KeyedDoc;
      const next = new Map<string, unknown>();
      for (const [id, e] of entries) {
        const entry = e as { tags?: unknown };
        next.set(id, Array.isArray(entry.tags) ? { ...entry, tags: [...new Set(entry.tags.map((t) => String(t).toLowerCase()))] } : e);
      }
      return { doc: { version: NEXT, entries: next }, rejects: [] };
    },
  };

  it('stored version 3 data opens ready as it is; its broken entry is kept aside', async () => {
    const area = new MemoryArea();
    area.load(storedV3());
    const state = await new WatchlistStore(area).open();
    expect(state).toMatchObject({ mode: 'ready', version: CURRENT_VERSION, movedAside: 1 });
    expect((await readWatchlist(area)).entries.map((e) => e.id).sort()).toEqual(v3Ids);
  });

  it('a trial next step runs over the stored keys and leaves the watchlist ready and editable for page and writer alike', async () => {
    const area = new MemoryArea();
    area.load(await storedNow());
    const store = new WatchlistStore(area, { version: NEXT, migrations: [...MIGRATIONS, trialStep] });
    expect((await readWatchlist(area, NEXT)).state).toBe('needs-migration');
    const state = await store.open();
    expect(state).toMatchObject({ mode: 'ready', version: NEXT });
    expect((area.dump()[INDEX_KEY] as { version: number }).version).toBe(NEXT);
    const read = await readWatchlist(area, NEXT);
    expect(read.state).toBe('ready');
    expect(read.entries.map((e) => e.id).sort()).toEqual(v3Ids);
    const reed = await store.get('reed:51234567');
    expect(reed).toMatchObject({ status: 'interviewing', tags: ['leeds', 'hybrid'] });
    expect(reed!.snapshot.text).toContain('RAID log');
    expect((await readQuarantine(area)).map((i) => i.id)).toEqual(['reed:7777']);
    await store.update('reed:51234567', { notes: 'Offer expected Friday' });
    expect((await store.save(makePosting({ jobId: 'after-upgrade' }), makeAnalysis())).created).toBe(true);
    // The code before the change now sees newer data and leaves it alone.
    expect((await readWatchlist(area)).state).toBe('newer');
    await expect(new WatchlistStore(area).save(makePosting({ jobId: 'old-code' }), makeAnalysis())).rejects.toMatchObject({ code: 'read-only' });
  });

  it('the first write after an update runs the step itself, without waiting for the page', async () => {
    const area = new MemoryArea();
    area.load(await storedNow());
    const store = new WatchlistStore(area, { version: NEXT, migrations: [...MIGRATIONS, trialStep] });
    expect((await store.save(makePosting({ jobId: 'first' }), makeAnalysis())).created).toBe(true);
    expect((await readWatchlist(area, NEXT)).entries).toHaveLength(4);
  });

  it('a next step that throws leaves the data exactly as it was, read-only for page and writer', async () => {
    const area = new MemoryArea();
    area.load(await storedNow());
    const before = area.dump();
    const broken: Migration = { from: CURRENT_VERSION, to: NEXT, up: () => { throw new Error('unexpected field'); } };
    const store = new WatchlistStore(area, { version: NEXT, migrations: [...MIGRATIONS, broken] });
    const state = await store.open();
    expect(state.mode).toBe('read-only');
    expect(state.message).toMatch(/could not be upgraded.*unexpected field/);
    await expect(store.save(makePosting(), makeAnalysis())).rejects.toMatchObject({ code: 'read-only' });
    expect(area.dump()).toEqual(before);
  });
});

describe('version 3 to 4: the summaries the page lists from', () => {
  const storedV3 = () => fixture('stored-v3.json') as Record<string, unknown>;

  it('upgrading writes one summary per job, so the page lists every job from the summaries alone', async () => {
    const area = new MemoryArea();
    area.load(storedV3());
    const jobsBefore = Object.keys(storedV3()).filter((k) => k.startsWith('watchlist:entry:'));
    expect(Object.keys(storedV3()).some(isRowsKey)).toBe(false);
    await new WatchlistStore(area).open();
    const listing = await readListing(area);
    expect(listing.state).toBe('ready');
    expect(listing.stale).toBe(0);
    const entries = (await readWatchlist(area)).entries;
    // The broken job stays aside; every other one has its summary, equal to one built from its entry.
    expect(listing.summaries).toHaveLength(jobsBefore.length - 1);
    expect(listing.summaries.map(({ print: _print, ...s }) => s).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(entries.map((e) => summarise(e)).sort((a, b) => (a.id < b.id ? -1 : 1)));
    // Each carries the fingerprint of its advert text, worked out once here.
    const texts = new Map((await new WatchlistStore(area).list()).map((e) => [e.id, e.snapshot.text]));
    for (const s of (await readListing(area, { prints: true })).summaries) expect(s.print).toBe(textPrint(texts.get(s.id)!));
    // Opening again changes nothing: the summaries are not rewritten.
    const sets = area.sets;
    await new WatchlistStore(area).open();
    expect(area.sets).toBe(sets);
  });

  it('the page finding version 3 data reads no job before the writer upgrades it', async () => {
    const area = new MemoryArea();
    area.load(storedV3());
    const read: string[] = [];
    const get = area.get.bind(area);
    area.get = (keys) => (read.push(...keys), get(keys));
    const listing = await readListing(area, { upgradeFirst: true });
    expect(listing.state).toBe('needs-migration');
    expect(listing.summaries).toEqual([]);
    expect(read.filter((k) => k.startsWith('watchlist:entry:'))).toEqual([]);
  });

  it('upgrading reads every job in one call and writes once, however many jobs there are', async () => {
    const area = new MemoryArea();
    const store = new WatchlistStore(area);
    for (let i = 0; i < 40; i++) await store.save(makePosting({ jobId: String(70_000 + i), url: `https://www.reed.co.uk/jobs/x/${70_000 + i}` }), makeAnalysis());
    // The same jobs as version 3 kept them: no summaries, the index at version 3.
    const index = area.dump()[INDEX_KEY] as { entries: Record<string, string> };
    for (const key of [...area.data.keys()].filter(isRowsKey)) area.data.delete(key);
    area.load({ [INDEX_KEY]: { version: 3, entries: index.entries } });
    let gets = 0;
    const get = area.get.bind(area);
    area.get = (keys) => (gets++, get(keys));
    const sets = area.sets;
    expect(await new WatchlistStore(area).open()).toMatchObject({ mode: 'ready', version: CURRENT_VERSION });
    expect(area.sets - sets).toBe(1);
    expect(gets).toBeLessThanOrEqual(3);
    expect((await readListing(area)).summaries).toHaveLength(40);
  });

  it('a copy of version 3 of the extension treats upgraded data as newer and leaves it alone', async () => {
    const area = new MemoryArea();
    area.load(storedV3());
    await new WatchlistStore(area).open();
    const before = area.dump();
    const old = new WatchlistStore(area, { version: 3, migrations: MIGRATIONS.filter((m) => m.to <= 3) });
    expect((await old.open()).mode).toBe('read-only');
    await expect(old.update('reed:51234567', { notes: 'x' })).rejects.toMatchObject({ code: 'read-only' });
    expect(area.dump()).toEqual(before);
  });

  it('keys a version 3 export by id: of two copies the later edit is kept and the other set aside, a job without an id is refused', () => {
    const job = (id: unknown, updatedAt: string) => ({ id, updatedAt, notes: updatedAt });
    const { doc, rejects } = migrate({ version: 3, entries: [job('a', '2026-01-02'), job('a', '2026-01-05'), job('b', '2026-01-01'), job(7, '2026-01-01'), job('b', '2025-12-01')] }, 3);
    expect(doc.version).toBe(CURRENT_VERSION);
    expect([...doc.entries.keys()]).toEqual(['a', 'b']);
    expect((doc.entries.get('a') as { updatedAt: string }).updatedAt).toBe('2026-01-05');
    expect((doc.entries.get('b') as { updatedAt: string }).updatedAt).toBe('2026-01-01');
    expect(rejects.map((r) => [r.id, r.reason.includes('older copy') ? 'older' : 'no id'])).toEqual([
      ['a', 'older'],
      [null, 'no id'],
      ['b', 'older'],
    ]);
  });
});
