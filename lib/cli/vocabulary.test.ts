import { describe, expect, it } from 'vitest';
import type { LevelId } from '../analysis';
import { chooseVocabulary } from './vocabulary';

const doc = (level: LevelId, text: string) => ({ level, words: new Set(text.split(' ')) });

/** Six adverts a level: "minute" only in administrator ones, "strategy" only in director ones, "project" everywhere. */
const docs = (['administrator', 'analyst', 'manager', 'director'] as const).flatMap((l) =>
  Array.from({ length: 6 }, (_, i) =>
    doc(l, ['project', 'the', 'with', l === 'administrator' ? 'minute' : '', l === 'director' ? 'strategy' : '', i === 0 ? 'rare' : '', l === 'analyst' || l === 'manager' ? 'dashboard' : ''].filter(Boolean).join(' ')),
  ),
);

describe('vocabulary of the level model', () => {
  it('takes the words that tell levels apart, most telling first', () => {
    const v = chooseVocabulary(docs, 3, 5);
    expect(v.slice(0, 2).sort()).toEqual(['minute', 'strategy']);
    expect(v).toContain('dashboard');
  });

  it('leaves out words every level uses, stop words and words too few adverts use', () => {
    const v = chooseVocabulary(docs, 100, 5);
    expect(v).not.toContain('the');
    expect(v).not.toContain('with');
    expect(v).not.toContain('rare');
    // "project" is in every advert: it tells nothing.
    expect(v).not.toContain('project');
  });

  it('is the same list on every run and nothing for no adverts', () => {
    expect(chooseVocabulary(docs, 3, 5)).toEqual(chooseVocabulary([...docs].reverse(), 3, 5));
    expect(chooseVocabulary([], 3, 5)).toEqual([]);
  });
});
