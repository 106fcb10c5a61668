import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCorpus } from '../cli/corpus';
import { evaluate } from '../cli/eval';

// The project's own labelled adverts (invented text). Thresholds sit a margin below what the
// matcher reaches, so a real regression fails and small label edits do not.
describe('project corpus figures', () => {
  const { items, errors } = readCorpus(join(__dirname, '../../tests/corpus'));
  const { figures } = evaluate(items);

  it('reads every corpus file', () => {
    expect(errors).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(60);
  });
  it('level accuracy on PMO adverts', () => expect(figures.levelAccuracy).toBeGreaterThanOrEqual(0.9));
  it('PMO versus not', () => expect(figures.pmoAccuracy).toBeGreaterThanOrEqual(0.92));
  it('office type (top office)', () => expect(figures.officeAccuracy).toBeGreaterThanOrEqual(0.75));
  it('certification families, micro F1', () => expect(figures.familyMicroF1).toBeGreaterThanOrEqual(0.95));
  it('every family F1', () => {
    for (const [family, f] of Object.entries(figures.families)) expect(f.f1, family).toBeGreaterThanOrEqual(0.8);
  });
  it('requirement strength', () => expect(figures.requirementAccuracy).toBeGreaterThanOrEqual(0.88));
  it('high confidence means usually right', () => {
    const high = figures.reliability.filter((r) => r.meanConfidence >= 0.85);
    const n = high.reduce((s, r) => s + r.n, 0);
    const right = high.reduce((s, r) => s + r.n * r.accuracy, 0);
    expect(n).toBeGreaterThan(20);
    expect(right / n).toBeGreaterThanOrEqual(0.85);
  });
});
