import { describe, expect, it } from 'vitest';
import { repostOf, saveLinked } from './duplicates-store';
import { WatchlistStore } from './store';
import { PRINT_KEYS, ROW_KEYS } from './keys';
import { parseShard, storedPrints } from './summary';
import { ADVERT_TEXT, MemoryArea, makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

const BOARD_HEADER = 'Posted 2 days ago by Northbridge Housing Group. Easy apply. Save this job.';
const BOARD_FOOTER = 'Report this job. Jobs like this: Project Support Officer, Planning Analyst. Reference 51234567.';

/** The advert of makePosting as another board shows it: its own link and id, its own words around the text. */
const fromLinkedIn = () =>
  makePosting({
    source: 'linkedin',
    url: 'https://www.linkedin.com/jobs/view/3999000111/',
    jobId: '3999000111',
    title: 'PMO Analyst',
    company: 'Northbridge Housing Group Ltd',
    text: `About the job\n${BOARD_HEADER}\n${ADVERT_TEXT}\n${BOARD_FOOTER}\nSeniority level: Associate.`,
  });

const store = (area = new MemoryArea()) => new WatchlistStore(area, { now: () => new Date('2026-11-03T10:00:00Z') });

describe('repost detection against the watchlist', () => {
  it('names the saved job, where and when it was saved, for an advert from another board', async () => {
    const s = store();
    const { entry: first } = await s.save(makePosting(), makeAnalysis());
    const repost = await repostOf(s, fromLinkedIn());
    expect(repost).toMatchObject({ id: first.id, source: 'Reed', savedAt: '2026-11-03T10:00:00.000Z', title: 'PMO Analyst' });
  });

  it('reads the advert text of only the jobs their summaries leave possible, and still finds the repost', async () => {
    const area = new MemoryArea();
    const s = store(area);
    const duties = ['RAID log', 'change control', 'benefits register', 'resource plan', 'assurance review', 'stage gate', 'lessons log', 'budget forecast'];
    // Twenty different adverts at twenty employers.
    for (let i = 0; i < 20; i++) {
      const text = Array.from({ length: 60 }, (_, k) => `Week ${k + i * 60} the officer updates the ${duties[(k * 7 + i) % duties.length]} for project ${i * 100 + k}.`).join(' ');
      await s.save(makePosting({ jobId: String(500 + i), url: `https://www.reed.co.uk/jobs/x/${500 + i}`, title: `PMO Officer ${i}`, company: `Employer ${i}`, text }), makeAnalysis());
    }
    const { entry: first } = await s.save(makePosting(), makeAnalysis());
    const read: string[] = [];
    const get = area.get.bind(area);
    area.get = (keys) => (read.push(...keys), get(keys));
    const repost = await repostOf(s, fromLinkedIn());
    expect(repost).toMatchObject({ id: first.id, reason: 'text' });
    expect(read.filter((k) => k.startsWith('watchlist:snapshot:'))).toEqual([`watchlist:snapshot:${first.id}`]);
  });

  it('uses the prints an earlier version kept in the summaries, before the next full check moves them', async () => {
    const area = new MemoryArea();
    const s = store(area);
    for (let i = 0; i < 6; i++) {
      await s.save(makePosting({ jobId: String(800 + i), url: `https://www.reed.co.uk/jobs/x/${800 + i}`, title: `Planner ${i}`, company: `Employer ${i}`, text: `Schedule ${i} `.repeat(300) }), makeAnalysis());
    }
    const { entry: first } = await s.save(makePosting(), makeAnalysis());
    const dump = area.dump();
    const prints = storedPrints(dump, []);
    for (const k of PRINT_KEYS) area.data.delete(k);
    area.load(Object.fromEntries(ROW_KEYS.filter((k) => dump[k] !== undefined).map((k) => [k, parseShard(dump[k]).map((r) => ({ ...r, print: prints.get(r.id)!.print }))])));
    const read: string[] = [];
    const get = area.get.bind(area);
    area.get = (keys) => (read.push(...keys), get(keys));
    expect(await repostOf(s, fromLinkedIn())).toMatchObject({ id: first.id, reason: 'text' });
    expect(read.filter((k) => k.startsWith('watchlist:snapshot:'))).toEqual([`watchlist:snapshot:${first.id}`]);
  });

  it('says nothing for the advert already saved (saving again refreshes it) or for an empty list', async () => {
    const s = store();
    expect(await repostOf(s, makePosting())).toBeNull();
    await s.save(makePosting(), makeAnalysis());
    expect(await repostOf(s, makePosting())).toBeNull();
  });

  it('linking puts both postings in one group; a third joins the same group', async () => {
    const s = store();
    const { entry: reed } = await s.save(makePosting(), makeAnalysis());
    const linked = await saveLinked(s, fromLinkedIn(), makeAnalysis(), reed.id);
    expect(linked.created).toBe(true);
    expect(linked.entry.group).toBe(reed.id);
    expect((await s.get(reed.id))?.group).toBe(reed.id);
    const third = await saveLinked(s, makePosting({ source: 'totaljobs', jobId: '77', url: 'https://www.totaljobs.com/job/77' }), makeAnalysis(), linked.entry.id);
    expect(third.entry.group).toBe(reed.id);
    expect((await s.list()).map((e) => e.group)).toEqual([reed.id, reed.id, reed.id]);
  });

  it('"save separately" keeps two unlinked entries; a link to a job deleted meanwhile saves on its own', async () => {
    const s = store();
    const { entry: reed } = await s.save(makePosting(), makeAnalysis());
    const separate = await saveLinked(s, fromLinkedIn(), makeAnalysis());
    expect(separate.entry.group ?? null).toBeNull();
    expect((await s.get(reed.id))?.group ?? null).toBeNull();
    await s.delete([reed.id]);
    const again = await saveLinked(s, makePosting({ jobId: '9', url: 'https://www.reed.co.uk/jobs/x/9' }), makeAnalysis(), reed.id);
    expect(again.entry.group ?? null).toBeNull();
  });
});
