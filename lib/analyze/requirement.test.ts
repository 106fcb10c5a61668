import { describe, expect, it } from 'vitest';
import { advert, requirementOf } from '../../tests/analyze/advert';

const body = (line: string) =>
  `We are growing our programme office and need someone to keep plans, RAID logs and highlight reports in order for the programme board.\n\nAbout you\n${line}\nStrong Excel and stakeholder skills.`;

describe('requirement wording', () => {
  const cases: Array<[string, string, string]> = [
    ['PRINCE2 Foundation is essential.', 'prince2', 'required'],
    ['You must have PRINCE2 Practitioner.', 'prince2', 'required'],
    ['MSP Foundation certification required.', 'msp', 'required'],
    ['Must hold a current PMP.', 'pmp', 'required'],
    ['ITIL 4 Foundation is mandatory for this post.', 'itil', 'required'],
    ['P3O Foundation (desirable).', 'p3o', 'desirable'],
    ['An APM PMQ would be advantageous.', 'apm', 'desirable'],
    ['Ideally you will hold P3O Practitioner.', 'p3o', 'desirable'],
    ['Nice to have: SAFe Agilist.', 'safe', 'desirable'],
    ['Lean Six Sigma Green Belt is a plus.', 'lean-six-sigma', 'desirable'],
    ['PgMP preferred.', 'pgmp', 'desirable'],
    ['PRINCE2 Foundation or equivalent (desirable but not essential).', 'prince2', 'desirable'],
    ['Management of Risk (M_o_R) Foundation would be beneficial.', 'mor', 'desirable'],
    ['We will support you to gain PRINCE2 Foundation in your first year.', 'prince2', 'mentioned'],
    ['No qualification expected; APM PFQ training provided.', 'apm', 'mentioned'],
    ['Our projects follow PRINCE2.', 'prince2', 'mentioned'],
    ['APM PFQ would be advantageous, though we will support you to gain it.', 'apm', 'desirable'],
    ['PRINCE2 Foundation, or willing to work towards it.', 'prince2', 'desirable'],
    ['Familiarity with SAFe is useful, as our teams work in release trains.', 'safe', 'mentioned'],
    ['Experience with Lean Six Sigma methods is welcome.', 'lean-six-sigma', 'mentioned'],
    ['A Lean Six Sigma Green Belt certification is welcome.', 'lean-six-sigma', 'desirable'],
  ];
  for (const [line, family, want] of cases) {
    it(`"${line}" -> ${family} ${want}`, () => {
      expect(requirementOf(advert('PMO Analyst', body(line)), family)).toBe(want);
    });
  }

  it('each certificate in one sentence gets its own strength', () => {
    const a = advert('PMO Analyst', body('PMP required, PRINCE2 Practitioner a plus.'));
    expect(requirementOf(a, 'pmp')).toBe('required');
    expect(requirementOf(a, 'prince2')).toBe('desirable');
  });

  it('section headings carry over to the bullets under them', () => {
    const text = [
      'You will run the reporting cycle for the portfolio office and maintain the RAID log.',
      '',
      'Essential criteria:',
      '- Experience in a PMO',
      '- MSP Foundation',
      '',
      'Desirable criteria:',
      '- P3O Foundation',
      '- Power BI',
    ].join('\n');
    const a = advert('Portfolio Office Analyst', text);
    expect(requirementOf(a, 'msp')).toBe('required');
    expect(requirementOf(a, 'p3o')).toBe('desirable');
  });

  it('the strongest requirement wins and each certificate appears once', () => {
    const a = advert('PMO Analyst', body('PRINCE2 Foundation is essential. We use PRINCE2 on every project.'));
    const prince2 = a.certificationsMentioned.filter((c) => c.id === 'prince2-foundation');
    expect(prince2).toHaveLength(1);
    expect(prince2[0]!.requirement).toBe('required');
  });

  it('quotes the words as written in the advert', () => {
    const a = advert('PMO Analyst', body('Prince2® Foundation is essential.'));
    expect(a.certificationsMentioned[0]!.text).toBe('Prince2® Foundation');
  });

  it('plain-English names only count when written as a name', () => {
    const a = advert('PMO Analyst', body('You will support the management of risk across the programme.'));
    expect(a.certificationsMentioned.find((c) => c.family === 'mor')).toBeUndefined();
  });
});

describe('acronyms that are also other things', () => {
  it('MSP, CSM and APM without certificate talk are not certificates', () => {
    const a = advert(
      'PMO Analyst',
      'We are a growing MSP serving 200 clients. You will work with the CSM team and our APM tooling, and produce dashboards for the portfolio office.',
    );
    expect(a.certificationsMentioned).toEqual([]);
  });
  it('the same acronyms with certificate talk are', () => {
    const a = advert('PMO Analyst', 'Produce dashboards for the programme office.\nMSP Foundation or an APM qualification is essential; CSM certification is a plus.');
    expect(a.certificationsMentioned.map((c) => c.family).sort()).toEqual(['apm', 'msp', 'scrum']);
  });
});

describe('requirement strength from the layout', () => {
  const section = (heading: string, line: string) =>
    `You will keep the portfolio office's plans and RAID logs in order and prepare board papers.\n\n${heading}\n• ${line}\n\nBenefits\n• 28 days' leave`;

  it.each([
    ['Essential', 'MSP Foundation', 'msp', 'required'],
    ['Desirable', 'P3O Foundation', 'p3o', 'desirable'],
    ['Required qualifications', 'PRINCE2 Practitioner', 'prince2', 'required'],
    ['Preferred qualifications', 'PRINCE2 Practitioner', 'prince2', 'desirable'],
    ['Minimum qualifications', 'PMP certification', 'pmp', 'required'],
    ['Nice to have', 'SAFe Agilist', 'safe', 'desirable'],
    ['Qualifications', 'PRINCE2 Foundation', 'prince2', 'required'],
    ['Qualifications – desirable', 'Managing Successful Programmes (MSP) Practitioner', 'msp', 'desirable'],
    ['Person specification', 'PRINCE2 Foundation (desirable)', 'prince2', 'desirable'],
  ])('under "%s": %s is %s %s', (heading, line, family, want) => {
    expect(requirementOf(advert('PMO Analyst', section(heading, line)), family)).toBe(want);
  });

  it('an "e.g." list inside a required bullet is required', () => {
    const a = advert('PMO Manager', section('Requirements', 'At least two certifications (e.g., PMP, PMI-ACP, CSM)'));
    expect(['pmp', 'pmi-acp', 'scrum'].map((f) => requirementOf(a, f))).toEqual(['required', 'required', 'required']);
    const b = advert('PMO Manager', section('What you bring', 'At least one certification, e.g. PMP or PRINCE2'));
    expect(requirementOf(b, 'pmp')).toBe('required');
  });

  it('a qualifications lead-in under a requirements heading stays required', () => {
    const a = advert('PMO Manager', section('Requirements', 'Advanced Qualifications: MBA preferred + PMP/PRINCE2 Certification'));
    expect(requirementOf(a, 'pmp')).toBe('required');
    expect(requirementOf(a, 'prince2')).toBe('required');
  });

  it.each([
    ['PRINCE2 Practitioner or equivalent', 'Essential', 'prince2', 'required'],
    ['ideally P3O Foundation', 'Essential', 'p3o', 'desirable'],
    ['MSP is a plus', 'Essential', 'msp', 'desirable'],
    ['APM PMQ would be advantageous', 'Essential', 'apm', 'desirable'],
    ["You'll work with PRINCE2 and MSP every day", 'Essential', 'prince2', 'mentioned'],
    ['You will work with PRINCE2 every day', 'The role', 'prince2', 'mentioned'],
    ['Certifications such as PMP will be preferrable', 'Additional skills', 'pmp', 'desirable'],
  ])('"%s" under %s: %s %s', (line, heading, family, want) => {
    expect(requirementOf(advert('PMO Analyst', section(heading, line)), family)).toBe(want);
  });
});
