import { describe, expect, it } from 'vitest';
import type { Analysis, Requirement } from '../analysis';
import { loadKnowledgeBase } from '../knowledge';
import { makeAnalysis, makePosting } from '../../tests/watchlist/helpers';
import { buildEntry } from './entry';
import { certificatePath, courseDays } from './path';
import { summarise } from './summary';

const certs = loadKnowledgeBase().certifications;
const family = (id: string) => certs.find((c) => c.id === id)!.family;

function job(n: number, asks: [string, Requirement][]) {
  const certificationsMentioned: Analysis['certificationsMentioned'] = asks.map(([id, requirement]) => ({ id, family: family(id), requirement, text: id }));
  const { snapshot: _s, ...stored } = buildEntry(makePosting({ url: `https://www.reed.co.uk/jobs/pmo/${n}`, jobId: String(n) }), makeAnalysis({ certificationsMentioned }), new Date('2026-11-20T10:00:00Z'));
  return summarise(stored);
}

describe('the certificate path across saved jobs', () => {
  const jobs = [
    job(1, [['p3o-practitioner', 'required']]),
    job(2, [['p3o-foundation', 'required'], ['msp-foundation', 'desirable']]),
    job(3, [['p3o-practitioner', 'desirable']]),
    job(4, [['msp-foundation', 'required']]),
    job(5, [['pmi-pmp', 'required']]),
  ];

  it('picks the certificate that covers most missing asks (a Practitioner covers a Foundation ask) and names its prerequisites and course days', () => {
    const path = certificatePath(jobs, { held: [] }, certs)!;
    expect(path.id).toBe('p3o-practitioner');
    expect(path.jobs).toBe(3);
    expect(path.chain.map((c) => c.id)).toEqual(['p3o-foundation']);
    const foundation = courseDays(certs.find((c) => c.id === 'p3o-foundation')!.courseLength);
    const practitioner = courseDays(certs.find((c) => c.id === 'p3o-practitioner')!.courseLength);
    expect(path.days).toBe(foundation! + practitioner!);
    expect(path.sentence).toBe(`P3O Practitioner is asked by 3 of your 5 saved jobs; needs P3O Foundation first; about ${path.days} days of courses for both`);
    expect(path.exam).toMatch(/questions/);
  });

  it('leaves out what the reader holds: with P3O Foundation held, the chain is empty and the rest of the gaps decide', () => {
    const path = certificatePath(jobs, { held: ['p3o-practitioner'] }, certs)!;
    expect(path.id).toBe('msp-foundation');
    expect(path.jobs).toBe(2);
    expect(path.chain).toEqual([]);
    expect(certificatePath(jobs, { held: ['p3o-foundation'] }, certs)!.chain).toEqual([]);
  });

  it('is null when every certificate asked is held', () => {
    expect(certificatePath([jobs[0]!, jobs[2]!], { held: ['p3o-practitioner'] }, certs)).toBeNull();
  });

  it('reads course days from the knowledge base wording', () => {
    expect(courseDays('2 days after the Foundation (5 days for both)')).toBe(2);
    expect(courseDays('2 to 3 days')).toBe(2);
    expect(courseDays('32 hours of classroom training')).toBeNull();
  });
});
