import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { postingFromText } from '../posting';
import { loadKnowledgeBase } from '../knowledge/load';
import { compile } from './compile';
import { loadLevelRules } from './rules';
import { scanText } from './scan';
import { findCertifications } from './certifications';
import type { Certification, KnowledgeBase } from '../knowledge/schemas';

const ids = (text: string) => analyze(postingFromText(text)).certificationsMentioned.map((c) => c.id).sort();
const families = (text: string) => [...new Set(analyze(postingFromText(text)).certificationsMentioned.map((c) => c.family))].sort();

describe('a certificate name stays inside one line, bullet or sentence', () => {
  it('a job title line followed by an Essential heading names no PMO Essentials certificate', () => {
    expect(ids('Job title: PMO Manager\nEssential criteria:\n- Experience of running a portfolio office')).toEqual([]);
    expect(ids('• Support the PMO Analysts\n• Essentials of governance')).toEqual([]);
  });

  it('plural-stripping never makes a certificate name: "PMO Manager essentials" is a checklist', () => {
    expect(ids('Use the PMO Manager essentials checklist for each review.')).toEqual([]);
  });

  it('the certificate written on one line is still found', () => {
    expect(ids('Essentials for PMO Managers (APMG) is desirable.')).toEqual(['hopmo-essentials-pmo-managers']);
  });
});

describe('two names sharing words', () => {
  it('the name read first stands: an A-CSM certification is not also a CSM', () => {
    expect(ids('Holds the A-CSM certification.')).toEqual(['scrum-alliance-a-csm']);
    expect(ids('A current CSM certification is desirable.')).toEqual(['scrum-alliance-csm']);
  });
});

describe('an acronym spelt out as something else', () => {
  it.each([
    'Write IQ, OQ and PPQ (process performance qualification) protocols.',
    'Keep the PMP (project management plan) current for each contract.',
    'Maintain the project management plan (PMP) and the quality plan.',
    'Partner with the Customer Success Manager (CSM) on onboarding.',
    'Report to the APM, the assistant project manager, on daily progress.',
  ])('%s', (text) => expect(ids(text)).toEqual([]));

  it('the certificate spelt out as itself stays', () => {
    expect(families('Certifications\n- PMP (Project Management Professional) – required')).toEqual(['pmp']);
    expect(families('Project Management Professional (PMP) certification is desirable.')).toEqual(['pmp']);
  });
});

describe('an acronym that is an everyday word in some sector needs certificate talk', () => {
  it.each([
    'Our MSP patches the servers overnight.',
    'Every change in the data hall needs an approved MOP.',
    'Raise a MOR after any safety occurrence airside.',
    'Previous CSM experience in a SaaS business is essential.',
    'Experience of writing a PMP for defence contracts is required.',
    'The scheme would release Green Belt sites for new homes.',
    'We are hiring a Project Management Professional to run fit-out jobs.',
  ])('no certificate: %s', (text) => expect(ids(text)).toEqual([]));

  it.each([
    ['MSP Foundation certification is desirable.', 'msp'],
    ['PMP preferred.', 'pmp'],
    ['MSP would be highly desirable.', 'msp'],
    ['PMP or PRINCE2 essential.', 'pmp'],
    ['Green Belt certified.', 'lean-six-sigma'],
    ['Desirable qualifications\n• MSP\n• PMP', 'msp'],
    ['We value an understanding of value management (for example MoV).', 'mov'],
  ])('a certificate: %s', (text, family) => expect(families(text)).toContain(family));
});

describe('a name inside a longer name is not that certificate', () => {
  it('PRINCE2 Agile Practitioner is not PRINCE2 Practitioner', () => {
    expect(ids('PRINCE2 Agile Practitioner is essential.')).toEqual(['prince2-agile-practitioner']);
  });

  it("Google's Project Management Professional Certificate is not PMP", () => {
    expect(families('Completed the Google Project Management Professional Certificate.')).not.toContain('pmp');
  });

  it('Metropolitan Green Belt is planning, not Lean Six Sigma', () => {
    expect(ids('Development on Metropolitan Green Belt land needs a strong case.')).toEqual([]);
  });
});

describe('spellings people write', () => {
  it.each([
    ['P30 Practitioner certification desirable.', 'p3o'],
    ['PRINCE II Foundation is desirable.', 'prince2'],
    ['PRINCE2 (R) Practitioner would be an advantage.', 'prince2'],
    ['ITIL version 4 Foundation certificate.', 'itil'],
    ['ITIL V 4 certified.', 'itil'],
    ['Lean 6 Sigma Green Belt is an advantage.', 'lean-six-sigma'],
    ['PSM I or CSM certification.', 'scrum'],
    ['Certifications such as Agile/Scrum or ITIL are a plus.', 'scrum'],
    ['Desirable certifications include those from Scaled Agile.', 'safe'],
  ])('%s', (text, family) => expect(families(text)).toContain(family));

  it('a method named outside a list of certifications is not one', () => {
    expect(ids('You will run Scrum ceremonies for the team.')).toEqual([]);
    expect(ids('We work in a Scaled Agile way across four release trains.')).toEqual([]);
  });
});

describe('an alias ending in "+"', () => {
  const kb = loadKnowledgeBase();
  const base = kb.certifications.find((c) => c.id === 'pmi-capm')!;
  const plus: Certification = { ...base, id: 'comptia-project-plus', name: 'CompTIA Project+', shortName: 'Project+', aliases: ['CompTIA Project+', 'Project+'], familyAliases: undefined, caseSensitiveAliases: undefined };
  const withPlus: KnowledgeBase = { ...kb, certifications: [...kb.certifications, plus] };
  const compiled = compile(withPlus, loadLevelRules());
  const found = (text: string) => findCertifications(scanText(compiled, text)).map((c) => c.id);

  it('is found as written, with or without a registered mark', () => {
    expect(found('CompTIA Project+ certification is desirable.')).toContain('comptia-project-plus');
    expect(found('Project+® preferred.')).toContain('comptia-project-plus');
  });

  it('the word without its "+" is not it', () => {
    expect(found('CompTIA project management experience; the project is large.')).not.toContain('comptia-project-plus');
    expect(found('Project and programme support.')).not.toContain('comptia-project-plus');
  });
});

describe('the trap corpus (tests/traps/certificates.json)', () => {
  it('has at least 40 traps and 40 spellings, none producing a false certificate', async () => {
    const { readTraps, scoreTraps } = await import('../cli/traps');
    const corpus = readTraps();
    expect(corpus.traps.length).toBeGreaterThanOrEqual(40);
    expect(corpus.spellings.length).toBeGreaterThanOrEqual(40);
    const figures = scoreTraps(corpus);
    expect(figures.falseHits).toEqual([]);
    expect(figures.spellingRecall).toBeGreaterThanOrEqual(0.95);
  });
});
