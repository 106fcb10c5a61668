import { describe, expect, it } from 'vitest';
import rulesJson from '../../data/level-rules.json';
import { getCompiled } from './index';
import { normPhrase } from './normalize';
import { LevelRulesSchema } from './rules';
import { tokenize } from './normalize';

describe('data/level-rules.json', () => {
  const rules = LevelRulesSchema.parse(rulesJson);

  it('validates, and every rule carries an example', () => {
    const all = Object.values(rules).filter(Array.isArray).flat() as Array<{ phrase: string; example: string }>;
    expect(all.length).toBeGreaterThan(200);
    for (const r of all) expect(r.example.trim().length, r.phrase).toBeGreaterThan(2);
  });

  it('every phrase normalises to words the scanner can meet', () => {
    const all = Object.values(rules).filter(Array.isArray).flat() as Array<{ phrase: string }>;
    for (const r of all) expect(normPhrase(r.phrase).length, r.phrase).toBeGreaterThan(0);
  });

  it('no phrase is listed twice in one list (a duplicate would count twice)', () => {
    for (const [name, list] of Object.entries(rules)) {
      if (!Array.isArray(list)) continue;
      const keys = (list as Array<{ phrase: string; level?: string }>).map((r) => `${normPhrase(r.phrase).join(' ')}|${r.level ?? ''}`);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it('an invalid rule is rejected with its path', () => {
    const bad = { ...rules, duties: [{ phrase: 'minute taking', level: 'clerk', weight: 1, example: 'x' }] };
    const r = LevelRulesSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path).toEqual(['duties', 0, 'level']);
  });
});

describe('the compiled lexicon', () => {
  it('is built once and reused', () => {
    expect(getCompiled()).toBe(getCompiled());
    expect(getCompiled().lexicon.size).toBeGreaterThan(1000);
  });

  it('names written with signs (@Risk, C#) are not reduced to a common word', () => {
    const found = getCompiled().lexicon.scan(tokenize('We track risks and issues, and write some C and R.'));
    expect(found.filter((m) => /[@#+]/.test(m.entry.phrase))).toEqual([]);
  });

  it('finds one phrase in a single pass however the words are spelt', () => {
    const lex = getCompiled().lexicon;
    const found = lex.scan(tokenize('Maintain the programme R.A.I.D. logs; took minutes; line-managing two analysts')).map((m) => m.entry.phrase);
    expect(found).toEqual(expect.arrayContaining(['take minutes', 'line manage']));
  });
});
