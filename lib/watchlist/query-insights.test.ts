import { describe, expect, it } from 'vitest';
import { applyQuery, DEFAULT_QUERY } from './query';
import { certificationDemand, jobsByLevel, type CatalogCert } from './insights';
import { buildEntry, type Entry } from './schema';
import { makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

function entry(i: number, over: { title: string; level: Entry['analysis']['level']['id']; status?: Entry['status']; certs?: [string, string, 'required' | 'desirable' | 'mentioned'][]; notes?: string }): Entry {
  const e = buildEntry(
    makePosting({ jobId: String(i), title: over.title }),
    makeAnalysis({
      level: { id: over.level, confidence: 0.7, evidence: [] },
      certificationsMentioned: (over.certs ?? []).map(([id, family, requirement]) => ({ id, family, requirement, text: id })),
    }),
    new Date(Date.UTC(2026, 0, 1 + i)),
  );
  return { ...e, status: over.status ?? 'saved', notes: over.notes ?? '' };
}

const entries = [
  entry(1, { title: 'PMO Analyst', level: 'analyst', certs: [['p3o-foundation', 'p3o', 'required']] }),
  entry(2, { title: 'Head of PMO', level: 'director', status: 'applied', certs: [['mop-practitioner', 'mop', 'required'], ['p3o-practitioner', 'p3o', 'desirable']] }),
  entry(3, { title: 'Band 10 PMO Lead', level: 'manager', certs: [['p3o-practitioner', 'p3o', 'required']], notes: 'Recruiter called on Friday' }),
  entry(4, { title: 'Band 9 PMO Officer', level: null, status: 'interviewing' }),
  entry(5, { title: 'Élan PMO Analyst', level: 'analyst', status: 'applied', certs: [['prince2', 'prince2', 'mentioned']] }),
];

describe('filter and sort', () => {
  it('newest save first by default', () => {
    expect(applyQuery(entries, DEFAULT_QUERY).map((e) => e.posting.jobId)).toEqual(['5', '4', '3', '2', '1']);
  });
  it('filters by every field together; free text needs every word, in any field, any case', () => {
    const ids = (q: Partial<typeof DEFAULT_QUERY>) => applyQuery(entries, { ...DEFAULT_QUERY, ...q }).map((e) => e.posting.jobId);
    expect(ids({ status: 'applied' })).toEqual(['5', '2']);
    expect(ids({ level: 'analyst' })).toEqual(['5', '1']);
    expect(ids({ level: 'none' })).toEqual(['4']);
    expect(ids({ certification: 'p3o-practitioner' })).toEqual(['3', '2']);
    expect(ids({ text: 'recruiter FRIDAY' })).toEqual(['3']);
    expect(ids({ text: 'analyst leeds' })).toEqual(['5', '1']);
    expect(ids({ text: 'analyst london' })).toEqual([]);
    expect(ids({ status: 'applied', certification: 'mop-practitioner' })).toEqual(['2']);
  });
  it('sorts titles ignoring case and accents, numbers by value; levels in career order', () => {
    const titles = applyQuery(entries, { ...DEFAULT_QUERY, sort: 'title', dir: 'asc' }).map((e) => e.posting.title);
    expect(titles).toEqual(['Band 9 PMO Officer', 'Band 10 PMO Lead', 'Élan PMO Analyst', 'Head of PMO', 'PMO Analyst']);
    const levels = applyQuery(entries, { ...DEFAULT_QUERY, sort: 'level', dir: 'asc' }).map((e) => e.analysis.level.id);
    expect(levels).toEqual(['analyst', 'analyst', 'manager', 'director', null]);
    const statuses = applyQuery(entries, { ...DEFAULT_QUERY, sort: 'status', dir: 'desc' }).map((e) => e.status);
    expect(statuses).toEqual(['interviewing', 'applied', 'applied', 'saved', 'saved']);
  });
  it('sees an edited entry (a new object) with its new notes', () => {
    const first = applyQuery(entries, { ...DEFAULT_QUERY, text: 'shortlisted' });
    expect(first).toEqual([]);
    const edited = entries.map((e) => (e.posting.jobId === '1' ? { ...e, notes: 'Shortlisted!' } : e));
    expect(applyQuery(edited, { ...DEFAULT_QUERY, text: 'shortlisted' }).map((e) => e.posting.jobId)).toEqual(['1']);
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
});
