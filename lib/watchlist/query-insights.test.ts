import { describe, expect, it } from 'vitest';
import type { Facts } from '../analysis';
import { applyQuery, closesSoon, DEFAULT_QUERY, type WatchlistQuery } from './query';
import { certificationDemand, clearanceShare, jobsByLevel, payByLevel, toolDemand, type CatalogCert } from './insights';
import { buildEntry, type Entry } from './schema';
import { summarise } from './summary';
import { makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

const NO_FACTS: Facts = {
  closingDate: null,
  postedDate: null,
  pay: null,
  contract: null,
  hours: null,
  workplace: null,
  clearance: null,
  grade: null,
  tools: [],
  agency: null,
};

const pay = (min: number, max: number, period: 'year' | 'day' = 'year', currency = 'GBP'): Facts['pay'] => ({
  min,
  max,
  currency,
  period,
  annualMin: period === 'day' ? min * 220 : min,
  annualMax: period === 'day' ? max * 220 : max,
  text: period === 'day' ? `£${min}–£${max} per day` : `£${min} – £${max} per annum`,
});

interface Over {
  title: string;
  level: Entry['analysis']['level']['id'];
  status?: Entry['status'];
  certs?: [string, string, 'required' | 'desirable' | 'mentioned'][];
  notes?: string;
  /** Absent: saved before the advert facts were read. */
  facts?: Partial<Facts>;
  closingDate?: string | null;
}

function entry(i: number, over: Over): Entry {
  const e = buildEntry(
    makePosting({ jobId: String(i), title: over.title, closingDate: over.closingDate ?? null }),
    makeAnalysis({
      level: { id: over.level, confidence: 0.7, evidence: [] },
      certificationsMentioned: (over.certs ?? []).map(([id, family, requirement]) => ({ id, family, requirement, text: id })),
      ...(over.facts ? { facts: { ...NO_FACTS, ...over.facts } } : {}),
    }),
    new Date(Date.UTC(2026, 0, 1 + i)),
  );
  return { ...e, status: over.status ?? 'saved', notes: over.notes ?? '' };
}

const NOW = new Date(2026, 11, 10, 9, 0); // 10 December 2026, the reader's time
const day = (d: string) => ({ date: d, text: `Closing date: ${d}` });

const entries = [
  entry(1, {
    title: 'PMO Analyst',
    level: 'analyst',
    certs: [['p3o-foundation', 'p3o', 'required']],
    facts: {
      closingDate: day('2026-12-14'),
      pay: pay(38_000, 42_000),
      contract: { type: 'permanent', months: null, ir35: null, text: 'Permanent' },
      workplace: { type: 'hybrid', daysOnSite: 2, text: 'Hybrid: 2 days a week in Leeds' },
      tools: [
        { id: 'ms-project', label: 'MS Project', text: 'MS Project' },
        { id: 'power-bi', label: 'Power BI', text: 'Power BI' },
      ],
    },
  }),
  entry(2, {
    title: 'Head of PMO',
    level: 'director',
    status: 'applied',
    certs: [['mop-practitioner', 'mop', 'required'], ['p3o-practitioner', 'p3o', 'desirable']],
    facts: {
      closingDate: day('2027-01-20'),
      pay: pay(85_000, 95_000),
      contract: { type: 'permanent', months: null, ir35: null, text: 'Permanent' },
      workplace: { type: 'on-site', daysOnSite: null, text: 'Office based' },
      clearance: { level: 'sc', requirement: 'required', text: 'You must hold SC clearance' },
      tools: [{ id: 'power-bi', label: 'Power BI', text: 'Power BI' }],
    },
  }),
  entry(3, {
    title: 'Band 10 PMO Lead',
    level: 'manager',
    certs: [['p3o-practitioner', 'p3o', 'required']],
    notes: 'Recruiter called on Friday',
    facts: {
      closingDate: day('2026-12-01'),
      pay: pay(450, 500, 'day'),
      contract: { type: 'contract', months: 6, ir35: 'outside', text: '6 month contract, outside IR35' },
      workplace: { type: 'remote', daysOnSite: null, text: 'Fully remote' },
      clearance: { level: 'bpss', requirement: 'willing', text: 'willing to undergo BPSS' },
    },
  }),
  // Saved before the facts were read; its board gave a closing date of its own.
  entry(4, { title: 'Band 9 PMO Officer', level: null, status: 'interviewing', closingDate: '2026-12-12T23:59:00Z' }),
  entry(5, { title: 'Élan PMO Analyst', level: 'analyst', status: 'applied', certs: [['prince2', 'prince2', 'mentioned']], facts: { pay: pay(40_000, 40_000) } }),
].map(summarise);

const ids = (q: Partial<WatchlistQuery>) => applyQuery(entries, { ...DEFAULT_QUERY, ...q }, NOW).map((s) => s.id.replace(/^reed:/, ''));

describe('filter and sort', () => {
  it('newest save first by default', () => {
    expect(ids({})).toEqual(['5', '4', '3', '2', '1']);
  });
  it('filters by every field together; free text needs every word, in any field, any case', () => {
    expect(ids({ status: 'applied' })).toEqual(['5', '2']);
    expect(ids({ level: 'analyst' })).toEqual(['5', '1']);
    expect(ids({ level: 'none' })).toEqual(['4']);
    expect(ids({ certification: 'p3o-practitioner' })).toEqual(['3', '2']);
    expect(ids({ text: 'recruiter FRIDAY' })).toEqual(['3']);
    expect(ids({ text: 'analyst leeds' })).toEqual(['5', '1']);
    expect(ids({ text: 'analyst london' })).toEqual([]);
    expect(ids({ status: 'applied', certification: 'mop-practitioner' })).toEqual(['2']);
  });
  it('search also finds the tools an advert asks for', () => {
    expect(ids({ text: 'power bi' })).toEqual(['2', '1']);
  });
  it('sorts titles ignoring case and accents, numbers by value; levels in career order', () => {
    const titles = applyQuery(entries, { ...DEFAULT_QUERY, sort: 'title', dir: 'asc' }).map((e) => e.title);
    expect(titles).toEqual(['Band 9 PMO Officer', 'Band 10 PMO Lead', 'Élan PMO Analyst', 'Head of PMO', 'PMO Analyst']);
    const levels = applyQuery(entries, { ...DEFAULT_QUERY, sort: 'level', dir: 'asc' }).map((e) => e.level);
    expect(levels).toEqual(['analyst', 'analyst', 'manager', 'director', null]);
    const statuses = applyQuery(entries, { ...DEFAULT_QUERY, sort: 'status', dir: 'desc' }).map((e) => e.status);
    expect(statuses).toEqual(['interviewing', 'applied', 'applied', 'saved', 'saved']);
  });
  it('sees an edited entry (a new summary) with its new notes', () => {
    expect(ids({ text: 'shortlisted' })).toEqual([]);
    const edited = entries.map((e) => (e.id === 'reed:1' ? summarise({ ...entry(1, { title: 'PMO Analyst', level: 'analyst' }), notes: 'Shortlisted!' }) : e));
    expect(applyQuery(edited, { ...DEFAULT_QUERY, text: 'shortlisted' }).map((e) => e.id)).toEqual(['reed:1']);
  });
});

describe('advert facts in the list', () => {
  it('closing soonest first: open jobs by date, then closed ones, then jobs without a date, whichever the direction', () => {
    expect(ids({ sort: 'closing', dir: 'asc' })).toEqual(['4', '1', '2', '3', '5']);
    expect(ids({ sort: 'closing', dir: 'desc' }).at(-1)).toBe('5');
  });
  it('marks and filters the jobs closing within a week, not those already closed', () => {
    expect(entries.filter((s) => closesSoon(s, '2026-12-10')).map((s) => s.id)).toEqual(['reed:1', 'reed:4']);
    expect(ids({ closingSoon: true })).toEqual(['4', '1']);
  });
  it('reads a closing date from the board when the facts were not read, and nothing else', () => {
    const old = entries.find((s) => s.id === 'reed:4')!;
    expect(old).toMatchObject({ closing: '2026-12-12', pay: null, contract: null, workplace: null, clearance: null, tools: [], facts: false });
  });
  it('sorts pay by annual equivalent, highest first, a day rate among salaries; jobs without pay last', () => {
    expect(ids({ sort: 'pay', dir: 'desc' })).toEqual(['3', '2', '1', '5', '4']);
    expect(ids({ sort: 'pay', dir: 'asc' })).toEqual(['5', '1', '2', '3', '4']);
  });
  it('keeps jobs whose pay can reach the amount asked', () => {
    expect(ids({ payFrom: 41_000 })).toEqual(['3', '2', '1']);
    expect(ids({ payFrom: 100_000 })).toEqual(['3']);
  });
  it('filters by contract, workplace and clearance, "none" meaning not stated', () => {
    expect(ids({ contract: 'permanent' })).toEqual(['2', '1']);
    expect(ids({ contract: 'none' })).toEqual(['5', '4']);
    expect(ids({ workplace: 'remote' })).toEqual(['3']);
    expect(ids({ clearance: 'any' })).toEqual(['3', '2']);
    expect(ids({ clearance: 'sc' })).toEqual(['2']);
    expect(ids({ clearance: 'none' })).toEqual(['5', '4', '1']);
  });
  it('sorts clearance from the least demanding level', () => {
    expect(ids({ sort: 'clearance', dir: 'asc' }).slice(0, 2)).toEqual(['3', '2']);
  });
});

describe('insights', () => {
  const catalog: CatalogCert[] = [
    { id: 'p3o-foundation', family: 'p3o', name: 'P3O Foundation', prerequisites: [], successors: [] },
    { id: 'p3o-practitioner', family: 'p3o', name: 'P3O Practitioner', prerequisites: ['p3o-foundation'], successors: [] },
    { id: 'bcs-ppso-essentials', family: 'ppso', name: 'PPSO Essentials', prerequisites: [], successors: ['hopmo-essentials-pmo-administrators'] },
    { id: 'hopmo-essentials-pmo-administrators', family: 'hopmo-essentials', name: 'Essentials for PMO Administrators', prerequisites: [], successors: [] },
    { id: 'prince2-foundation', family: 'prince2', name: 'PRINCE2 Foundation', prerequisites: [], successors: [] },
  ];

  it('counts jobs by level, unclear last', () => {
    expect(jobsByLevel(entries)).toEqual([
      { id: 'administrator', count: 0 },
      { id: 'analyst', count: 2 },
      { id: 'manager', count: 1 },
      { id: 'director', count: 1 },
      { id: null, count: 1 },
    ]);
  });

  it('certifications asked for, most asked first, each held or missing', () => {
    const demand = certificationDemand(entries, { held: ['p3o-foundation', 'prince2-foundation'] }, catalog);
    expect(demand).toEqual([
      { id: 'p3o-practitioner', family: 'p3o', count: 2, required: 1, held: false },
      { id: 'mop-practitioner', family: 'mop', count: 1, required: 1, held: false },
      { id: 'p3o-foundation', family: 'p3o', count: 1, required: 1, held: true },
      // "PRINCE2" without a level is met by any PRINCE2 certificate.
      { id: 'prince2', family: 'prince2', count: 1, required: 0, held: true },
    ]);
  });

  it('tools asked for, most asked first', () => {
    expect(toolDemand(entries)).toEqual([
      { id: 'power-bi', label: 'Power BI', count: 2 },
      { id: 'ms-project', label: 'MS Project', count: 1 },
    ]);
  });

  it('pay by level as annual equivalents: range and median of each job’s midpoint', () => {
    expect(payByLevel(entries)).toEqual({
      currency: 'GBP',
      otherCurrency: 0,
      levels: [
        { id: 'analyst', count: 2, low: 38_000, high: 42_000, median: 40_000 },
        { id: 'manager', count: 1, low: 99_000, high: 110_000, median: 104_500 },
        { id: 'director', count: 1, low: 85_000, high: 95_000, median: 90_000 },
      ],
    });
  });

  it('never adds pay in two currencies together', () => {
    const dollars = summarise(entry(9, { title: 'PMO Lead', level: 'analyst', facts: { pay: pay(95_000, 110_000, 'year', 'USD') } }));
    const result = payByLevel([...entries, dollars]);
    expect(result.currency).toBe('GBP');
    expect(result.otherCurrency).toBe(1);
    expect(result.levels.find((l) => l.id === 'analyst')!.high).toBe(42_000);
  });

  it('the share needing clearance (or the willingness to get it) counts only jobs whose facts were read', () => {
    expect(clearanceShare(entries)).toEqual({ read: 4, needed: 2, levels: [{ level: 'bpss', count: 1 }, { level: 'sc', count: 1 }] });
  });
});
