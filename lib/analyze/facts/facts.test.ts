import { describe, expect, it } from 'vitest';
import factRulesJson from '../../../data/fact-rules.json';
import gradesJson from '../../../data/grades.json';
import levelRulesJson from '../../../data/level-rules.json';
import toolsJson from '../../../data/tools.json';
import { postingFromText } from '../../posting';
import { analyze } from '../index';
import { readFacts } from './index';
import { nameGrade } from './grade';
import { FactRulesSchema, GradesSchema, ToolsSchema } from './rules';
import { readTools } from './tools';

const TODAY = '2026-11-29';
const facts = (text: string, extra: Parameters<typeof readFacts>[2] = {}) => readFacts(postingFromText(text), text, { today: TODAY, ...extra });

describe('advert facts data', () => {
  it('every facts file validates', () => {
    expect(ToolsSchema.safeParse(toolsJson).success).toBe(true);
    expect(GradesSchema.safeParse(gradesJson).success).toBe(true);
    expect(FactRulesSchema.safeParse(factRulesJson).success).toBe(true);
  });

  it('a broken tools file is refused', () => {
    const broken = { tools: [{ id: 'Bad Id', label: 'x', aliases: [], example: 'x' }] };
    expect(ToolsSchema.safeParse(broken).success).toBe(false);
  });

  const tools = ToolsSchema.parse(toolsJson).tools;
  it.each(tools.map((t) => [t.id, t.example] as const))('tool %s is found in its example', (id, example) => {
    expect(readTools(example).map((t) => t.id)).toContain(id);
  });
  it.each(tools.filter((t) => t.trap).map((t) => [t.id, t.trap!] as const))('tool %s is not found in its trap', (id, trap) => {
    expect(readTools(trap).map((t) => t.id)).not.toContain(id);
  });

  it('every grade phrase of the level rules is named by exactly one grade rule', () => {
    const rules = GradesSchema.parse(gradesJson).rules;
    for (const g of levelRulesJson.grades) {
      const n = rules.filter((r) => new RegExp(r.match).test(g.phrase)).length;
      expect(n, g.phrase).toBe(1);
    }
  });

  it.each([
    ['band 8 a', 'nhs-afc', '8a'],
    ['band 7', 'nhs-afc', 'Band 7'],
    ['HEO', 'uk-civil-service', 'HEO'],
    ['G 7', 'uk-civil-service', 'G7'],
    ['SCS 2', 'uk-civil-service', 'SCS2'],
    ['GS 13', 'us-gs', 'GS-13'],
  ])('grade phrase %s is %s %s', (phrase, scheme, value) => {
    expect(nameGrade(phrase)).toMatchObject({ scheme, value });
  });

  const rules = FactRulesSchema.parse(factRulesJson);
  it.each(rules.clearanceLevels.map((l) => [l.id, l.example] as const))('clearance %s is read from its example', (id, example) => {
    expect(facts(example).clearance?.level).toBe(id);
  });
  it.each(rules.closingCues.map((c) => [c.phrase, c.example] as const))('closing cue "%s" reads its example', (_p, example) => {
    expect(facts(example).closingDate).not.toBeNull();
  });
  it.each(rules.agencyCues.map((c) => [c.phrase, c.example] as const))('agency cue "%s" marks an agency', (_p, example) => {
    expect(facts(example).agency?.isAgency).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['Closing date: 19-Sep-2025', '2025-09-19'],
    ['The advert closes 14 December.', '2026-12-14'],
    ['Please apply by 12/14/2026', '2026-12-14'],
    ['Closing Date: 05/01/2027', '2027-01-05'],
    ['Application deadline: 2027-01-05', '2027-01-05'],
    ['Submit no later than 14th Dec 2026', '2026-12-14'],
    ['Applications close on Monday, December 14, 2026', '2026-12-14'],
    ['Closing date: 3 January', '2027-01-03'],
  ])('%s → %s', (text, date) => {
    expect(facts(text).closingDate).toEqual({ date, text: text.replace(/\.$/, '.') });
  });

  it('a year-less date takes the posting date’s year', () => {
    const text = 'Posted 3 March 2025. Closes 20 March';
    expect(facts(text).closingDate?.date).toBe('2025-03-20');
  });

  it('JSON-LD validThrough wins over the text', () => {
    const p = { ...postingFromText('Closing date: 1 December 2026'), closingDate: '2026-12-20T23:59:00Z' };
    expect(readFacts(p, p.text, { today: TODAY }).closingDate?.date).toBe('2026-12-20');
  });

  it('numbers that are not dates after a cue are not read as one', () => {
    expect(facts('The project closes 3 workstreams this year').closingDate).toBeNull();
  });
});

describe('pay', () => {
  it.each([
    ['Salary: £45,000 – £52,000 per annum', { min: 45000, max: 52000, currency: 'GBP', period: 'year', annualMin: 45000, annualMax: 52000 }],
    ['£450–£500 per day (outside IR35)', { min: 450, max: 500, period: 'day', annualMin: 99000, annualMax: 110000 }],
    ['$95k–$110k plus bonus', { min: 95000, max: 110000, currency: 'USD', period: 'year' }],
    ['up to £60k + benefits', { min: null, max: 60000, period: 'year' }],
    ['Band 7: £47,810 – £54,710', { min: 47810, max: 54710, period: 'year' }],
    ['HEO, £34,140 - £37,105 (national)', { min: 34140, max: 37105 }],
    ['£18.50 per hour', { min: 18.5, period: 'hour', annualMin: 36075 }],
    ['£3,500 per month', { min: 3500, period: 'month', annualMin: 42000 }],
    ['€65.000 per year', { min: 65000, currency: 'EUR' }],
  ])('%s', (text, want) => {
    expect(facts(text).pay).toMatchObject(want);
  });

  it('budgets and bonuses are not pay', () => {
    expect(facts('You will manage a budget of £40m and a £250,000 contingency fund.').pay).toBeNull();
    expect(facts('Managing a budget of £40m and a £1,000 joining bonus. Salary £38,000').pay).toMatchObject({ min: 38000 });
  });
});

describe('contract, hours, place of work', () => {
  it.each([
    ['Fixed term for 12 months', { type: 'fixed-term', months: 12, ir35: null }],
    ['6 month contract, outside IR35, £500 per day', { type: 'contract', months: 6, ir35: 'outside' }],
    ['Contract type: Permanent', { type: 'permanent', months: null }],
    ['Available on loan or secondment for 2 years', { type: 'secondment', months: 24 }],
  ])('%s', (text, want) => {
    expect(facts(text).contract).toMatchObject(want);
  });

  it('contract management and contractors on site are not a contract role', () => {
    expect(facts('Experience of contract management. You will manage contractors and suppliers.').contract).toBeNull();
  });

  it.each([
    ['Full time, 37 hours per week', { type: 'full-time', perWeek: 37 }],
    ['Part-time (22.5 hours per week)', { type: 'part-time', perWeek: 22.5 }],
    ['Permanent | 37.5 hours\nWe welcome applications from people who would like to work part time.', { type: 'full-time', perWeek: 37.5 }],
  ])('%s', (text, want) => {
    expect(facts(text).hours).toMatchObject(want);
  });

  it.each([
    ['Hybrid: 2 days a week in Leeds', { type: 'hybrid', daysOnSite: 2 }],
    ['Based in Leeds, with two days a week from home', { type: 'hybrid', daysOnSite: 3 }],
    ['Fully remote role within the UK', { type: 'remote' }],
    ['This is an office-based role', { type: 'on-site' }],
  ])('%s', (text, want) => {
    expect(facts(text).workplace).toMatchObject(want);
  });

  it('hybrid cloud is not a place of work', () => {
    expect(facts('Experience of hybrid cloud migrations').workplace).toBeNull();
  });
});

describe('clearance', () => {
  it.each([
    ['You must hold SC clearance.', 'sc', 'required'],
    ['Candidates must be willing to undergo SC vetting.', 'sc', 'willing'],
    ['Must hold active TS/SCI clearance', 'ts-sci', 'required'],
    ['Must be eligible for enhanced DV', 'edv', 'willing'],
    ['Clearance: must be able to obtain Secret', 'secret', 'willing'],
    ['The team works with BPSS and NPSA guidance.', 'bpss', 'mentioned'],
    ['Applicants must hold or be able to obtain Baseline Vetting.', 'baseline', 'willing'],
    ['An AGSVA Baseline clearance is required.', 'baseline', 'required'],
  ])('%s → %s %s', (text, level, requirement) => {
    expect(facts(text).clearance).toMatchObject({ level, requirement });
  });

  it('"SC" that is not a clearance is not read as one', () => {
    expect(facts('Experience of SC (supply chain) processes and the SC Johnson account.').clearance).toBeNull();
    expect(facts('Report to the SC (steering committee) each month.').clearance).toBeNull();
  });
});

describe('grade', () => {
  const grade = (text: string) => analyze(postingFromText(text)).facts?.grade;
  it.each([
    ['Senior PMO Analyst\n\nBand 7: £47,810 – £54,710 per annum', { scheme: 'nhs-afc', value: 'Band 7' }],
    ['Programme Office Manager (Band 8a)\n\nLead the office.', { scheme: 'nhs-afc', value: '8a' }],
    ['PMO Officer\n\nHEO, £34,140 - £37,105 (national)', { scheme: 'uk-civil-service', value: 'HEO' }],
    ['Program Analyst (GS-13)\n\nSupport the program office.', { scheme: 'us-gs', value: 'GS-13' }],
    ['Portfolio Director\n\nSenior Civil Service Pay Band 2 | £100,000', { scheme: 'uk-civil-service', value: 'SCS2' }],
  ])('%s', (text, want) => {
    expect(grade(text)).toMatchObject(want);
  });

  it('a council’s own Grade 7 and a Chief Executive Officer are not civil-service grades', () => {
    expect(grade('Planning Officer\n\nEastmere District Council | Grade 7 (£33,900 – £36,600)')).toBeNull();
    expect(grade('PMO Manager\n\nYou will report to the Chief Executive Officer.')).toBeNull();
  });
});

describe('tools', () => {
  const ids = (text: string) => readTools(text).map((t) => t.id);
  it('reads tools with the words they were named in', () => {
    expect(readTools('Experience with MS Project and Power BI is essential.')).toEqual([
      { id: 'ms-project', label: 'Microsoft Project', text: 'Experience with MS Project and Power BI is essential.' },
      { id: 'power-bi', label: 'Power BI', text: 'Experience with MS Project and Power BI is essential.' },
    ]);
  });
  it.each([
    ['Support the project team with project plans', 'ms-project'],
    ['In a word, you will keep the office running', 'word'],
    ['Team meeting every Monday morning', 'monday'],
    ['Writes with clarity and confidence', 'clarity'],
    ['You will excel at building relationships', 'excel'],
    ['A positive outlook and a can-do attitude', 'outlook'],
  ])('"%s" does not name %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it('an everyday word names the tool beside other tools', () => {
    expect(ids('Confident user of Word, Excel, Outlook and Teams')).toEqual(['word', 'excel', 'outlook', 'ms-teams']);
    expect(ids('Time recording in Clarity and reporting in Power BI')).toEqual(['clarity', 'power-bi']);
  });
});

describe('agency', () => {
  it('the board’s own mark names the agency', () => {
    const p = { ...postingFromText('Join our PMO team'), agency: { name: 'Hays' } };
    expect(readFacts(p, p.text, { today: TODAY }).agency).toEqual({ isAgency: true, name: 'Hays', text: 'Hays' });
  });
  it('the employer’s own voice is not an agency; saying nothing is unknown', () => {
    expect(facts('Join our PMO team in Leeds.').agency?.isAgency).toBe(false);
    expect(facts('PMO Analyst. Produce the monthly portfolio report.').agency).toBeNull();
    expect(facts('We deliver for our clients; the requirements of our client come first.').agency?.isAgency).not.toBe(true);
  });
});

describe('analyze', () => {
  it('always gives facts for an English advert, with every fact in the DESIGN shape', () => {
    const a = analyze(
      postingFromText(
        'Senior PMO Analyst\n\nClosing date: 14 December 2026\n£47,810 – £54,710 per annum, Band 7\nFixed term for 12 months\nHybrid: 2 days a week in Leeds\nYou must hold SC clearance.\nExperience with MS Project and Power BI.',
      ),
    );
    expect(a.facts).toMatchObject({
      closingDate: { date: '2026-12-14' },
      pay: { min: 47810, max: 54710, currency: 'GBP', period: 'year' },
      contract: { type: 'fixed-term', months: 12 },
      workplace: { type: 'hybrid', daysOnSite: 2 },
      clearance: { level: 'sc', requirement: 'required' },
      grade: { scheme: 'nhs-afc', value: 'Band 7' },
    });
    expect(a.facts?.tools.map((t) => t.id)).toEqual(['ms-project', 'power-bi']);
  });
});

describe('wording from real boards', () => {
  it('a method called hybrid is not a place of work', () => {
    expect(facts('Define methodologies (e.g., waterfall, hybrid) and policies.').workplace).toBeNull();
    expect(facts('Introduce Agile and hybrid Waterfall/Agile methodologies.').workplace).toBeNull();
  });
  it('a field label on its own line is not the contract; its value is', () => {
    expect(facts('Contract\nPermanent\nClosing').contract?.type).toBe('permanent');
    expect(facts('Full-time, contract (12 months)').contract).toMatchObject({ type: 'contract', months: 12 });
    expect(facts('Add a permanent item to the agenda of the change meeting.').contract).toBeNull();
  });
  it('EO/AA is an equal-opportunity note, not a civil-service grade', () => {
    expect(analyze(postingFromText('PMO Manager\n\nWe are an EO / AA employer.')).facts?.grade).toBeNull();
  });
});

describe('dollars', () => {
  it('a bare "$" in an Australian advert is Australian dollars', () => {
    expect(facts('Rate: $60.25 – $65.82 per hour + super. Canberra, ACT.').pay).toMatchObject({ currency: 'AUD', min: 60.25, max: 65.82, period: 'hour' });
    expect(facts('Salary $80,000 – $90,000, Austin, TX').pay?.currency).toBe('USD');
  });
  it('a range written without a dash between its amounts is still a range', () => {
    expect(facts('The annual salary: $131,325$154,500 USD').pay).toMatchObject({ min: 131325, max: 154500 });
  });
});

describe('office words', () => {
  it('experience in office administration is not a place of work', () => {
    expect(facts('Experience in office administration supporting several directors.').workplace).toBeNull();
  });
  it('"2 days per week onsite" gives the days on site', () => {
    expect(facts('Location: Hybrid (2 days per week onsite in Smithfield)').workplace).toMatchObject({ type: 'hybrid', daysOnSite: 2 });
  });
});
