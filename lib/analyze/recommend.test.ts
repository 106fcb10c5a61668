import { describe, expect, it } from 'vitest';
import { getCertification, getLevel } from '../knowledge';
import { advert } from '../../tests/analyze/advert';

describe('recommendations', () => {
  it('a legacy certificate in the advert points to its successor, with the reason', () => {
    const a = advert('Project Support Officer', 'Support the project managers in our project office with plans, RAID logs and minutes. BCS PPSO Essentials is desirable.');
    const named = a.certificationsMentioned.find((c) => c.family === 'ppso');
    expect(named?.status).toBe('legacy');
    expect(named?.note).toMatch(/Essentials for PMO Administrators/);
    const successorId = getCertification(named!.id)!.successors[0]!;
    const rec = a.recommendations.find((r) => r.id === successorId);
    expect(rec).toBeDefined();
    expect(rec!.reasons.join(' ')).toMatch(/PPSO/);
    expect(a.recommendations.find((r) => r.id === named!.id)).toBeUndefined();
  });

  it('names what the advert asks for first, required before desirable', () => {
    const a = advert('PMO Analyst', 'Run reporting for the portfolio office and maintain the RAID log. MSP Foundation is essential; P3O Foundation is desirable.');
    expect(a.recommendations[0]!.family).toBe('msp');
    expect(a.recommendations[1]!.family).toBe('p3o');
  });

  it('fills up with certificates made for the level, with https links only', () => {
    const a = advert('Head of PMO');
    expect(a.recommendations.length).toBeGreaterThan(2);
    expect(a.recommendations.length).toBeLessThanOrEqual(6);
    for (const r of a.recommendations) {
      expect(getCertification(r.id)!.levels).toContain('director');
      expect(r.reasons.length).toBeGreaterThan(0);
      for (const l of r.links) expect(l.url.startsWith('https://')).toBe(true);
    }
  });

  it('marks held certificates and the next step in the same family', () => {
    const a = advert('PMO Analyst', undefined, { held: ['p3o-foundation'], targetLevel: null });
    const held = a.recommendations.find((r) => r.id === 'p3o-foundation');
    expect(held?.held).toBe(true);
    const next = a.recommendations.find((r) => r.id === 'p3o-practitioner');
    expect(next?.nextStep).toBe(true);
  });

  it('a target level suggests the certificate for that level as the next step', () => {
    const a = advert('PMO Analyst', undefined, { held: [], targetLevel: 'manager' });
    const next = a.recommendations.filter((r) => r.nextStep);
    expect(next.map((r) => getCertification(r.id)!.levels)).toContainEqual(['manager']);
  });

  it.each([
    ['no profile', undefined],
    ['a profile that holds nothing and names no target', { held: [], targetLevel: null }],
  ] as const)('with %s nothing is a next step, and no reason speaks of what the reader holds', (_, profile) => {
    const a = advert('Head of PMO', 'Lead the enterprise PMO: portfolio prioritisation, investment governance and board reporting.', profile ? { ...profile, held: [...profile.held] } : undefined);
    expect(a.recommendations.length).toBeGreaterThan(0);
    expect(a.recommendations.filter((r) => r.nextStep || r.held)).toEqual([]);
    for (const r of a.recommendations) expect(r.reasons.join(' '), r.id).not.toMatch(/you hold|next step|your target/i);
  });

  it('a next step says which held certificate it builds on', () => {
    const a = advert('PMO Analyst', undefined, { held: ['p3o-foundation'], targetLevel: null });
    const next = a.recommendations.find((r) => r.id === 'p3o-practitioner');
    expect(next?.reasons).toContain('Next step after P3O Foundation, which you hold');
    expect(a.recommendations.filter((r) => r.nextStep).map((r) => r.id)).toEqual(['p3o-practitioner']);
  });

  it('a next step for the target level names that level', () => {
    const a = advert('PMO Analyst', undefined, { held: [], targetLevel: 'manager' });
    const next = a.recommendations.filter((r) => r.nextStep);
    expect(next.map((r) => r.id)).toEqual(['hopmo-essentials-pmo-managers']);
    expect(next[0]!.reasons).toContain('Fits your target level: PMO Manager');
  });

  it.each([
    ['Project Support Officer', 'administrator'],
    ['PMO Analyst', 'analyst'],
    ['PMO Manager', 'manager'],
    ['Head of PMO', 'director'],
  ] as const)('for a %s, a certificate is "made for" only the level it mainly suits', (title, level) => {
    const a = advert(title);
    expect(a.level.id).toBe(level);
    for (const r of a.recommendations) {
      const main = getLevel(getCertification(r.id)!.levels[0]!)!.competencyRole;
      for (const reason of r.reasons) {
        const made = /^Made (?:mainly )?for the (.+?) level/.exec(reason);
        if (made) expect(made[1], `${r.id}: ${reason}`).toBe(main);
      }
    }
  });

  it('PMI-PMOCP at the analyst level is presented as a PMO Manager certificate, after those made for analysts', () => {
    const a = advert('PMO Analyst');
    const ids = a.recommendations.map((r) => r.id);
    const pmocp = a.recommendations.find((r) => r.id === 'pmi-pmocp');
    expect(pmocp?.reasons.join(' ')).toMatch(/mainly for the PMO Manager level; also suits the PMO Analyst level/);
    for (const id of ['hopmo-essentials-pmo-analysts', 'p3o-foundation', 'ipmo-foundation']) {
      expect(ids.indexOf(id), id).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(id), id).toBeLessThan(ids.indexOf('pmi-pmocp'));
    }
    expect(a.recommendations.find((r) => r.id === 'hopmo-essentials-pmo-analysts')?.reasons.join(' ')).toMatch(/Made for the PMO Analyst level/);
  });

  it('uncertain facts are flagged', () => {
    const a = advert('PMO Analyst');
    const flagged = a.recommendations.filter((r) => r.uncertain);
    for (const r of flagged) expect(getCertification(r.id)!.confidence).toBe('uncertain');
  });
});
