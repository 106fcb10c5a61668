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
});
