import { describe, expect, it } from 'vitest';
import { analyze, getCompiled } from './index';
import { OFFICES, officeFeatures } from './office';
import { scanText } from './scan';
import { postingFromText } from '../posting';

const top = (title: string, body: string) => analyze(postingFromText(`${title}\n\n${body}`));

describe('office type', () => {
  const cases: Array<[string, string, string]> = [
    ['EPMO Analyst', 'Support the EPMO with reporting across the organisation.', 'enterprise'],
    ['Agile Coach, LACE', 'Join the Lean-Agile Centre of Excellence (LACE) and help teams adopt agile ways of working.', 'coe'],
    ['VMO Analyst', 'Our value management office (VMO) tracks the value delivered by every investment.', 'enterprise'],
    ['IT PMO Analyst', 'The IT PMO oversees the technology portfolio: intake, prioritisation and reporting.', 'portfolio'],
    ['PMO Analyst', 'Our directive PMO manages every project in the company directly and reports to the board.', 'enterprise'],
  ];
  for (const [title, body, office] of cases) {
    it(`${title}: ${office}`, () => expect(top(title, body).offices[0]?.id).toBe(office));
  }

  it('a sales or data pipeline is not a portfolio office cue', () => {
    const a = top('PMO Analyst', 'Keep the sales pipeline in the CRM up to date and fix the data pipeline when it fails.');
    expect(a.offices.find((o) => o.id === 'portfolio')?.score ?? 0).toBeLessThan(0.5);
  });

  it('says the office is unclear when only weak words hint at one', () => {
    const a = top('PMO Analyst', 'You will maintain templates and support the team.');
    expect(a.officeUnclear).toBe(true);
    expect(a.offices[0]!.score).toBeLessThan(0.5);
  });

  it('is clear when the advert names its office', () => {
    const a = top('Programme Office Manager', 'Run the programme office for our transformation programme and support the programme board.');
    expect(a.offices[0]?.id).toBe('programme');
    expect(a.officeUnclear).toBeUndefined();
  });
});

describe('how many projects the office serves', () => {
  const c = getCompiled();
  const scope = (body: string) => officeFeatures(null, scanText(c, body), [], null, c.rules.officeWords).scope;
  const fired = (body: string) => OFFICES.filter((o) => scope(body)[o] > 0);

  it('every scope rule fires for its offices on its own example', () => {
    for (const r of c.rules.officeWords.scope) expect(fired(r.example), r.example).toEqual(expect.arrayContaining(r.offices));
  });

  it('many projects or programmes point to a standing office, one project manager to a project office', () => {
    expect(fired('The office keeps plans for multiple projects across the estate.')).toEqual(['portfolio', 'enterprise']);
    expect(fired('It oversees a portfolio of programmes for the council.')).toEqual(['portfolio', 'enterprise']);
    expect(fired('You will report to the project manager.')).toEqual(['project']);
  });

  it('reads the words as written: one project is not many, several project managers are not one', () => {
    expect(fired('All project documents are filed on SharePoint.')).toEqual([]);
    expect(fired('You will support the project managers of the division.')).toEqual([]);
    expect(fired('Projects are delivered by our partners.')).toEqual([]);
  });

  it('a rule counts once however often its wording repeats', () => {
    expect(scope('Support all projects. Report on all projects. Chase all projects.').portfolio).toBe(1);
  });
});

describe('plain office words of the body', () => {
  const c = getCompiled();
  const words = (body: string) => officeFeatures(null, scanText(c, body), [], null, c.rules.officeWords).words;

  it('count with diminishing returns: an advert that says "project" thirty times is not six times as project-like as one that says it five times', () => {
    const saying = (n: number) => Array.from({ length: n }, (_, i) => `Update project plan ${i + 1}.`).join(' ');
    const five = words(saying(5)).project;
    const thirty = words(saying(30)).project;
    expect(five).toBeGreaterThan(0);
    expect(thirty).toBeGreaterThan(five);
    expect(thirty / five).toBeLessThan(4);
  });

  it('are zero when none is there', () => {
    expect(words('Schedule meetings and take minutes.')).toEqual({ project: 0, programme: 0, portfolio: 0, enterprise: 0, coe: 0 });
  });
});
