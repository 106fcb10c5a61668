import { describe, expect, it } from 'vitest';
import type { CorpusItem } from './corpus';
import { stratifiedFolds } from './folds';

const item = (id: string, level: CorpusItem['labels']['level']): CorpusItem => ({
  id,
  title: id,
  text: '',
  file: `${id}.json`,
  labels: { pmo: level !== null, level, office: null, certFamilies: [] },
});
const items = [
  ...Array.from({ length: 10 }, (_, i) => item(`a${i}`, 'administrator')),
  ...Array.from({ length: 5 }, (_, i) => item(`d${i}`, 'director')),
  ...Array.from({ length: 5 }, (_, i) => item(`n${i}`, null)),
];

describe('stratified folds', () => {
  it('are the same on every run (fixed seed)', () => {
    expect(stratifiedFolds(items, 5)).toEqual(stratifiedFolds(items, 5));
  });
  it('spread each level evenly over the folds', () => {
    const folds = stratifiedFolds(items, 5);
    for (const prefix of ['a', 'd', 'n']) {
      const counts = [0, 0, 0, 0, 0];
      items.forEach((it, i) => it.id.startsWith(prefix) && counts[folds[i]!]!++);
      expect(Math.max(...counts) - Math.min(...counts), prefix).toBeLessThanOrEqual(1);
    }
  });
  it('change with another seed', () => {
    expect(stratifiedFolds(items, 5, 1)).not.toEqual(stratifiedFolds(items, 5, 2));
  });
});
