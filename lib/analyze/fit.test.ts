import { describe, expect, it } from 'vitest';
import { toProfile, type Facts } from '../analysis';
import { loadKnowledgeBase } from '../knowledge';
import { askedOf, fitLine, holdsFor, judgeFit, meetsEveryRequirement, type AskedSource } from './fit';

const catalog = loadKnowledgeBase().certifications;
const noFacts: Pick<Facts, 'tools' | 'clearance'> = { tools: [], clearance: null };

const advert: AskedSource = {
  certificationsMentioned: [
    { id: 'p3o-foundation', family: 'p3o', requirement: 'required', label: 'P3O Foundation' },
    { id: 'prince2', family: 'prince2', requirement: 'desirable', label: 'PRINCE2' },
    { id: 'msp-foundation', family: 'msp', requirement: 'mentioned', label: 'MSP Foundation' },
  ],
  skills: [
    { id: 'risk-management', label: 'Risk management', requirement: 'required' },
    { id: 'power-bi', label: 'Power BI', requirement: 'desirable' },
    { id: 'teams', label: 'Microsoft Teams' },
    { id: 'security-clearance', label: 'Security clearance', requirement: 'required' },
  ],
  facts: { ...noFacts, clearance: { level: 'sc', requirement: 'required', text: 'SC clearance required' } },
};

const fitFor = (p: Parameters<typeof toProfile>[0], source: AskedSource = advert) => {
  const profile = toProfile(p);
  return judgeFit(askedOf(source), holdsFor(profile, catalog));
};

describe('personal fit', () => {
  it('lists every ask once with its strength; clearance is never counted as a skill', () => {
    const fit = fitFor({});
    expect(fit.asked.map((a) => `${a.kind}:${a.id}:${a.requirement}`).sort()).toEqual(
      [
        'certification:p3o-foundation:required',
        'certification:prince2:desirable',
        'certification:msp-foundation:mentioned',
        'skill:risk-management:required',
        'tool:power-bi:desirable',
        'tool:ms-teams:mentioned',
        'clearance:sc:required',
      ].sort(),
    );
    expect(fit.heldCount).toBe(0);
    expect(fit.askedCount).toBe(7);
    expect(fit.requiredMissing).toEqual(['p3o-foundation', 'risk-management', 'sc']);
  });

  it('uses the one held rule: a P3O Practitioner holds the Foundation, any PRINCE2 certificate meets "PRINCE2", DV covers SC', () => {
    const fit = fitFor({ held: ['p3o-practitioner', 'prince2-foundation'], skills: ['risk-management'], tools: ['teams', 'power-bi'], clearance: 'dv' });
    expect(fit.asked.filter((a) => !a.held).map((a) => a.id)).toEqual(['msp-foundation']);
    expect(meetsEveryRequirement(fit)).toBe(true);
    expect(fitLine(fit)).toBe('6 of 7 asked; missing: MSP Foundation (mentioned)');
  });

  it('a lower clearance than asked is missing, and one from another country never counts', () => {
    expect(fitFor({ clearance: 'bpss' }).requiredMissing).toContain('sc');
    expect(fitFor({ clearance: 'top-secret' }).requiredMissing).toContain('sc');
  });

  it('missing items come first, required before desirable, and the line names them with their strength', () => {
    const fit = fitFor({ skills: ['risk-management'], clearance: 'sc' });
    expect(fit.asked.slice(0, 4).map((a) => [a.id, a.requirement, a.held])).toEqual([
      ['p3o-foundation', 'required', false],
      ['prince2', 'desirable', false],
      ['power-bi', 'desirable', false],
      ['msp-foundation', 'mentioned', false],
    ]);
    expect(fitLine(fit, 3)).toBe('2 of 7 asked; missing: P3O Foundation (required), PRINCE2 (desirable), Power BI (desirable), and 2 more');
    expect(fit.nextSteps.map((n) => n.id)).toEqual(['p3o-foundation', 'prince2']);
    expect(meetsEveryRequirement(fit)).toBe(false);
  });

  it('tools read as advert facts take their strength from the lexicon reading of the same tool', () => {
    const source: AskedSource = {
      ...advert,
      facts: { clearance: null, tools: [{ id: 'power-bi', label: 'Power BI', text: 'Power BI' }, { id: 'ms-teams', label: 'Microsoft Teams', text: 'Teams' }, { id: 'deltek-vantagepoint', label: 'Deltek Vantagepoint', text: 'Deltek' }] },
    };
    const tools = askedOf(source).filter((a) => a.kind === 'tool');
    expect(tools.map((t) => [t.id, t.requirement])).toEqual([
      ['power-bi', 'desirable'],
      ['ms-teams', 'mentioned'],
      ['deltek-vantagepoint', 'mentioned'],
    ]);
  });

  it('says so plainly when the advert asks nothing a profile can hold', () => {
    const fit = fitFor({ held: ['pmp'] }, { certificationsMentioned: [], skills: [] });
    expect(fit).toMatchObject({ askedCount: 0, heldCount: 0, requiredMissing: [] });
    expect(fitLine(fit)).toBe('Asks for nothing your profile can hold');
  });
});
