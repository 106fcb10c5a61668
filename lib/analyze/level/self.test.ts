import { describe, expect, it } from 'vitest';
import { readFeatures } from '../index';
import '../from-data';

/** The level cues of a text with no title, as when the title is missing. */
function bodyCues(text: string) {
  const f = readFeatures({ title: null, company: null, location: null, url: null, source: 'text', text });
  if (!f) throw new Error('no features');
  return f.level;
}

describe('titles the text names', () => {
  it('count for the role when the advert names it', () => {
    const f = bodyCues('We need a PMO Analyst to keep the portfolio dashboards and monthly reporting pack in good order for the programme boards.');
    expect(f.cues.some((c) => c.kind === 'mention' && c.text === 'PMO Analyst')).toBe(true);
    expect(f.components.mention.analyst).toBeGreaterThan(0);
  });

  it('count when the words before them describe the role itself, as adverts usually introduce it', () => {
    for (const [text, title] of [
      ['We are looking for an experienced and proactive PMO Manager to set up the governance framework.', 'PMO Manager'],
      ['An exciting opportunity for an organised and confident PMO Analyst to run the monthly reporting cycle.', 'PMO Analyst'],
      ['We are hiring a Lead PMO Analyst to own the portfolio dashboards.', 'PMO Analyst'],
    ] as const) {
      expect(bodyCues(text).cues.filter((c) => c.kind === 'mention').map((c) => c.text), text).toEqual([title]);
    }
  });

  it("do not count when they are other people's jobs: the staff the role leads or the colleagues it supports", () => {
    const f = bodyCues(
      'You will run our project office, lead a team of PMO Analysts and coach the Project Co-ordinators, working with the Portfolio Director on the governance framework and the quarterly planning cycle.',
    );
    expect(f.cues.filter((c) => c.kind === 'mention').map((c) => c.text)).toEqual([]);
    expect(f.components.mention).toEqual({ administrator: 0, analyst: 0, manager: 0, director: 0 });
  });

  it('lead or oversee named staff: those are the team, not the role', () => {
    const f = bodyCues('You will lead three PMO Managers across the regions and oversee the Project Co-ordinators who keep the plans up to date.');
    expect(f.cues.filter((c) => c.kind === 'mention').map((c) => c.text)).toEqual([]);
  });

  it('take the seniority word before them into account, as the title does', () => {
    const f = bodyCues('As Deputy Head of PMO you will run the office day to day and stand in for the head of the function at the change board.');
    expect(f.cues.filter((c) => c.kind === 'self').map((c) => [c.text, c.level])).toEqual([['Deputy Head of PMO', 'manager']]);
    expect(f.components.self.manager).toBeGreaterThan(0);
    expect(f.components.self.director).toBe(0);
    expect(f.components.mention.director).toBe(0);
  });
});

describe('the advert introducing its own role', () => {
  const selfOf = (text: string) => bodyCues(text).cues.filter((c) => c.kind === 'self').map((c) => [c.text, c.level]);

  it('opens a sentence with "As" and the title, with or without an article', () => {
    expect(selfOf('Every Monday starts with the portfolio stand-up. As PMO Manager, you will chair it and agree the actions for the week.')).toEqual([['PMO Manager', 'manager']]);
    expect(selfOf('- As Head of PMO you will set the direction of the office and sit on the investment board.')).toEqual([['Head of PMO', 'director']]);
  });

  it('is not any "as" before a title', () => {
    expect(selfOf('You will support roles such as PMO Analyst and Project Planner with templates and training.')).toEqual([]);
  });

  it('says what the role will do after a qualifier in brackets', () => {
    expect(selfOf('The PMO Analyst (Finance) will build the monthly reporting pack and reconcile the forecasts.')).toEqual([['PMO Analyst', 'analyst']]);
  });

  it('uses the spellings adverts write for the listed titles', () => {
    expect(selfOf('The PMO Leader is responsible for the governance framework and the team of analysts.')).toEqual([['PMO Leader', 'manager']]);
    expect(selfOf('Position: PMO Head. You will shape the portfolio strategy with the executive committee.')).toEqual([['PMO Head', 'director']]);
  });
});
