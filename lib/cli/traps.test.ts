import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis';
import { readTraps, scoreTraps, type TrapCorpus } from './traps';

const corpus: TrapCorpus = {
  traps: [{ id: 't1', kind: 'sector-word', text: 'green belt land' }],
  spellings: [{ id: 's1', kind: 'spacing', text: 'PRINCE 2', families: ['prince2'] }],
};
const fake = (byText: Record<string, string[]>) => (text: string) =>
  ({ certificationsMentioned: (byText[text] ?? []).map((family) => ({ family })) }) as unknown as Analysis;

describe('trap scoring', () => {
  it('counts a family found on a trap as a false hit', () => {
    const f = scoreTraps(corpus, fake({ 'green belt land': ['lean-six-sigma'], 'PRINCE 2': ['prince2'] }));
    expect(f.trapPrecision).toBe(0.5);
    expect(f.falseHits).toEqual(['t1 (sector-word): lean-six-sigma']);
    expect(f.spellingRecall).toBe(1);
  });
  it('counts a spelling not found as missed', () => {
    const f = scoreTraps(corpus, fake({}));
    expect(f.trapPrecision).toBeNull();
    expect(f.spellingRecall).toBe(0);
    expect(f.missed).toEqual(['s1 (spacing): prince2']);
  });
  it('reads the project trap corpus', () => {
    const c = readTraps();
    expect(c.traps.length).toBeGreaterThan(0);
    expect(c.spellings.every((s) => s.families.length > 0)).toBe(true);
  });
});
