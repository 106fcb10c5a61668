import { describe, expect, it } from 'vitest';
import { advert } from '../../tests/analyze/advert';

const named = (body: string) =>
  advert('PMO Manager', body).certificationsMentioned.map((c) => ({ id: c.id, requirement: c.requirement, text: c.text }));

describe('a family name written out before its tier', () => {
  it('"Management of Portfolios (MoP) Practitioner" names MoP Practitioner alone, over the whole name', () => {
    expect(named('Management of Portfolios (MoP) Practitioner is required for this post.')).toEqual([
      { id: 'mop-practitioner', requirement: 'required', text: 'Management of Portfolios (MoP) Practitioner' },
    ]);
  });

  it.each([
    ['Managing Successful Programmes (MSP) Practitioner would be an advantage.', 'msp-practitioner', 'Managing Successful Programmes (MSP) Practitioner'],
    ['Portfolio, Programme and Project Offices (P3O) Foundation is essential.', 'p3o-foundation', 'Portfolio, Programme and Project Offices (P3O) Foundation'],
    ['PRINCE2 (Projects in Controlled Environments) Practitioner is essential.', 'prince2-practitioner', 'PRINCE2 (Projects in Controlled Environments) Practitioner'],
    ['You must hold PRINCE2® (Practitioner).', 'prince2-practitioner', 'PRINCE2® (Practitioner)'],
    ['Management of Value (MoV®) Foundation is welcome.', 'mov-foundation', 'Management of Value (MoV®) Foundation'],
    ['International Project Management Officer (IPMO) Expert is preferred.', 'ipmo-expert', 'International Project Management Officer (IPMO) Expert'],
  ])('%s', (body, id, text) => {
    const certs = named(body);
    expect(certs.map((c) => c.id)).toEqual([id]);
    expect(certs[0]!.text).toBe(text);
  });

  it('a family name with no tier after it still means the family', () => {
    const certs = named('Our teams work with PRINCE2 (Projects in Controlled Environments) and Management of Portfolios (MoP), so MoP is a plus.');
    expect(certs.map((c) => c.id).sort()).toEqual(['mop-foundation', 'prince2-foundation']);
  });
});

describe('tiers listed after one family name', () => {
  it.each([
    ['MoP Foundation and Practitioner are required.', ['mop-foundation', 'mop-practitioner']],
    ['P3O Foundation/Practitioner is desirable.', ['p3o-foundation', 'p3o-practitioner']],
    ['PRINCE2 Foundation & Practitioner required.', ['prince2-foundation', 'prince2-practitioner']],
    ['MSP Foundation and/or Practitioner is desirable.', ['msp-foundation', 'msp-practitioner']],
    ['IPMO-Foundation, Practitioner or Expert would be welcome.', ['ipmo-expert', 'ipmo-foundation', 'ipmo-practitioner']],
  ])('%s', (body, ids) => {
    expect(named(body).map((c) => c.id).sort()).toEqual(ids);
  });

  it('each listed tier keeps the strength the sentence gives', () => {
    const certs = named('MoP Foundation and Practitioner are essential.');
    expect(certs.map((c) => c.requirement)).toEqual(['required', 'required']);
  });

  it('a tier word of another sentence or another family is not part of the list', () => {
    expect(named('PRINCE2 Foundation is required. Practitioner-level reporting experience helps.').map((c) => c.id)).toEqual(['prince2-foundation']);
    expect(named('MoP Foundation and MSP Practitioner are desirable.').map((c) => c.id).sort()).toEqual(['mop-foundation', 'msp-practitioner']);
  });
});

describe('ITIL named without a version', () => {
  it('is the ITIL Foundation examined now, ITIL (Version 5); a versioned ITIL 4 stays ITIL 4', () => {
    expect(named('ITIL certification is desirable.').map((c) => c.id)).toEqual(['itil-5-foundation']);
    expect(named('You will hold ITIL Foundation.').map((c) => c.id)).toEqual(['itil-5-foundation']);
    expect(named('ITIL 4 Foundation is essential.').map((c) => c.id)).toEqual(['itil-4-foundation']);
    expect(named('ITIL v4 certified.').map((c) => c.id)).toEqual(['itil-4-foundation']);
  });
});
