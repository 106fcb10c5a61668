import { describe, expect, it } from 'vitest';
import { loadLevelRules } from '../rules';
import { payScores } from './pay';

const bands = loadLevelRules().pay.bands;
const levelOf = (text: string) => payScores(text, bands).cues[0]?.level ?? null;

describe('pay as level evidence', () => {
  it('places a yearly range by its midpoint and currency', () => {
    expect(levelOf('Salary: £24,000 - £27,500 per annum')).toBe('administrator');
    expect(levelOf('£38,000 – £44,000 depending on experience')).toBe('analyst');
    expect(levelOf('Pay: $120,000 to $140,000 a year')).toBe('manager');
    expect(levelOf('€110k plus bonus')).toBe('director');
    expect(levelOf('R 450 000 per annum')).toBe('analyst');
  });
  it('ignores hourly and daily rates and small amounts', () => {
    expect(levelOf('£450 per day inside IR35')).toBeNull();
    expect(levelOf('$35 per hour')).toBeNull();
    expect(levelOf('£12,500 - £13,000 per month')).toBeNull();
  });
  it('says what it read', () => {
    const cue = payScores('Salary £52,000 - £58,000', bands).cues[0];
    expect(cue).toMatchObject({ kind: 'pay', text: '£52,000 - £58,000' });
  });
});
