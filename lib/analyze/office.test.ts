import { describe, expect, it } from 'vitest';
import { analyze } from './index';
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
