import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge';
import { postingFromText } from '../posting';
import { currentSuccessors, heldRule, type Lineage } from './held';
import { analyze } from './index';

const catalog: Lineage[] = [
  { id: 'p3o-foundation', family: 'p3o', prerequisites: [], successors: [] },
  { id: 'p3o-practitioner', family: 'p3o', prerequisites: ['p3o-foundation'], successors: [] },
  { id: 'old-basic', family: 'old', status: 'legacy', prerequisites: [], successors: ['older-bridge'] },
  { id: 'older-bridge', family: 'old', status: 'retired', prerequisites: [], successors: ['new-basic'] },
  { id: 'new-basic', family: 'new', prerequisites: [], successors: [] },
];

describe('heldRule', () => {
  it('counts prerequisites of a held certificate as held', () => {
    const held = heldRule(['p3o-practitioner'], catalog);
    expect(held({ id: 'p3o-foundation', family: 'p3o' })).toBe(true);
    expect(held({ id: 'p3o-practitioner', family: 'p3o' })).toBe(true);
    expect(held({ id: 'new-basic', family: 'new' })).toBe(false);
  });

  it('counts what a held certificate replaced as held, along the whole chain', () => {
    const held = heldRule(['new-basic'], catalog);
    expect(held({ id: 'older-bridge', family: 'old' })).toBe(true);
    expect(held({ id: 'old-basic', family: 'old' })).toBe(true);
    // Replacing does not run forwards: a legacy holder does not hold its successor.
    expect(heldRule(['old-basic'], catalog)({ id: 'new-basic', family: 'new' })).toBe(false);
  });

  it('meets a bare family name with any certificate of that family', () => {
    expect(heldRule(['p3o-foundation'], catalog)({ id: 'p3o', family: 'p3o' })).toBe(true);
    expect(heldRule([], catalog)({ id: 'p3o', family: 'p3o' })).toBe(false);
  });
});

describe('currentSuccessors', () => {
  it('follows legacy and retired links to the current certificate', () => {
    expect(currentSuccessors(catalog, 'old-basic').map((c) => c.id)).toEqual(['new-basic']);
    expect(currentSuccessors(catalog, 'p3o-foundation')).toEqual([]);
  });

  it('leads each legacy certificate of the knowledge base to at least one current one', () => {
    const kb = loadKnowledgeBase().certifications;
    expect(currentSuccessors(kb, 'bcs-ppso-essentials').map((c) => c.id)).toEqual(['hopmo-essentials-pmo-administrators']);
    for (const c of kb.filter((x) => x.status === 'legacy')) expect(currentSuccessors(kb, c.id).length, c.id).toBeGreaterThan(0);
  });
});

const advert = postingFromText(
  `PMO Analyst

You will support the portfolio office of a housing association, keeping the RAID log and the
monthly portfolio dashboard up to date and checking project plans against the gateway process.
Essential: P3O Foundation certificate.
Desirable: experience of Power BI.`,
  'text',
);

describe('analyze with a profile', () => {
  it('marks P3O Foundation held for a P3O Practitioner, among the named and the recommended', () => {
    const analysis = analyze(advert, { held: ['p3o-practitioner'], targetLevel: null });
    const named = analysis.certificationsMentioned.find((c) => c.id === 'p3o-foundation');
    const recommended = analysis.recommendations.find((r) => r.id === 'p3o-foundation');
    expect(named?.held).toBe(true);
    expect(recommended?.held).toBe(true);
  });

  it('gives every named and recommended certificate a held flag with a profile, and none without', () => {
    const withProfile = analyze(advert, { held: [], targetLevel: null });
    expect(withProfile.certificationsMentioned.length).toBeGreaterThan(0);
    for (const c of [...withProfile.certificationsMentioned, ...withProfile.recommendations]) expect(c.held, c.id).toBe(false);
    const without = analyze(advert);
    for (const c of [...without.certificationsMentioned, ...without.recommendations]) expect(c).not.toHaveProperty('held');
  });
});
