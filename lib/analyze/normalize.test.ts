import { describe, expect, it } from 'vitest';
import { getCompiled } from './index';
import { blankMarkup, normPhrase, normalizeText, tokenize } from './normalize';

describe('normalisation', () => {
  it('spacing, case and trade-mark variants of a certificate meet on the same tokens', () => {
    const forms = ['PRINCE2', 'PRINCE 2', 'Prince2®', 'prince2™', 'PRINCE2 ®'];
    const norms = forms.map((f) => normPhrase(f).join(' '));
    expect(new Set(norms).size).toBe(1);
    expect(normPhrase('P3O®')).toEqual(normPhrase('P3O'));
  });

  it('M_o_R, M.o.R and MoR are one word', () => {
    expect(normPhrase('M_o_R')).toEqual(['mor']);
    expect(normPhrase('M.o.R')).toEqual(['mor']);
    expect(normPhrase('MoR')).toEqual(['mor']);
  });

  it('UK and US spellings meet', () => {
    expect(normalizeText('Program Coordinator')).toBe(normalizeText('Programme Co-ordinator'));
    expect(normalizeText('portfolio prioritization')).toBe(normalizeText('portfolio prioritisation'));
    expect(normalizeText('organization-wide')).toBe(normalizeText('organisation wide'));
    expect(normalizeText('Center of Excellence')).toBe(normalizeText('Centre of Excellence'));
    expect(normalizeText('analyze variances')).toBe(normalizeText('analyse variance'));
  });

  it('plurals meet their singular', () => {
    expect(normalizeText('RAID logs and dashboards')).toBe(normalizeText('RAID log and dashboard'));
    expect(normalizeText('activities')).toBe(normalizeText('activity'));
  });

  it('irregular plurals of lexicon words meet through compromise', () => {
    getCompiled();
    expect(normalizeText('governance processes')).toBe(normalizeText('governance process'));
    expect(normalizeText('variance analyses')).toBe(normalizeText('variance analysis'));
    expect(normalizeText('took minutes')).toBe(normalizeText('take minutes'));
    expect(normalizeText('line managing')).toBe(normalizeText('line manage'));
  });

  it('hyphens join only after a known prefix', () => {
    expect(normPhrase('co-ordinate')).toEqual(normPhrase('coordinate'));
    expect(normPhrase('e-PMO')).toEqual(normPhrase('ePMO'));
    expect(normPhrase('PMI-ACP')).toEqual(normPhrase('PMI ACP'));
  });

  it('keeps offsets into the original text, so matches can be quoted as written', () => {
    const text = 'Holds PRINCE2® Practitioner and the M_o_R Foundation.';
    // Joined acronyms keep their separators in the text they point at.
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).replace(/[_.]/g, '')).toBe(t.raw);
    expect(tokenize(text).map((t) => t.raw)).toContain('MoR');
  });

  it('blanks markup without moving offsets', () => {
    const html = '<p>PMO <b>Analyst</b> &amp; planner</p>';
    const blank = blankMarkup(html);
    expect(blank.length).toBe(html.length);
    expect(normalizeText(blank)).toBe('pmo analyst planner');
  });
});

describe('spellings that take more than case and marks', () => {
  it('a contraction reads as the words in full', () => {
    expect(normPhrase("What you'll need")).toEqual(normPhrase('what you will need'));
    expect(normPhrase('you’re')).toEqual(normPhrase('you are'));
  });

  it('a version word before its number adds nothing', () => {
    const forms = ['ITIL 4', 'ITIL v4', 'ITIL V4', 'ITIL v 4', 'ITIL version 4'];
    expect(new Set(forms.map((f) => normPhrase(f).join(' '))).size).toBe(1);
    expect(normPhrase('version control')).toEqual(['version', 'control']);
  });

  it('a tier numeral after an acronym reads as a digit, the pronoun elsewhere does not', () => {
    expect(normPhrase('PSM II')).toEqual(normPhrase('PSM 2'));
    expect(normPhrase('PSM-II')).toEqual(normPhrase('PSM 2'));
    expect(normPhrase('PRINCE II')).toEqual(normPhrase('PRINCE2'));
    expect(normPhrase('Yes I can')).toEqual(['yes', 'i', 'can']);
  });

  it('"(R)" and "(TM)" written in letters are marks', () => {
    expect(normPhrase('PRINCE2 (R) Practitioner')).toEqual(normPhrase('PRINCE2 Practitioner'));
    expect(normPhrase('MSP(TM) Foundation')).toEqual(normPhrase('MSP Foundation'));
  });

  it('a "+" closing a word stays with it, but not in "C++" or "5+"', () => {
    expect(tokenize('CompTIA Project+ holder').map((t) => t.raw)).toEqual(['CompTIA', 'Project+', 'holder']);
    expect(tokenize('C++ and 5+ years').map((t) => t.raw)).toEqual(['C', 'and', '5', 'years']);
  });

  it('the plain form is never plural-stripped', () => {
    const [t] = tokenize('Managers');
    expect(t!.norm).toBe('manager');
    expect(t!.plain).toBe('managers');
  });

  it('thousands of different words, repeated in every case, each read as written', () => {
    // Letters-only words: a, b, ..., z, ba, bb, ... (more words than any per-word shortcut can hold).
    const word = (i: number): string => (i < 26 ? '' : word(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const words = Array.from({ length: 6000 }, (_, i) => `${word(i)}s`);
    const written = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].reverse();
    const text = `${written.join(' ')} ${written.join('\n')}`;
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(written.length * 2);
    tokens.forEach((t, i) => {
      const w = written[i % written.length]!;
      expect(t.raw).toBe(w);
      expect(text.slice(t.start, t.end)).toBe(w);
      expect(t.lower).toBe(w.toLowerCase());
      expect(t.norm).toBe(normPhrase(w.toLowerCase())[0]);
    });
  });

  it('words beside letters outside ASCII, curly apostrophes and signs are read whole', () => {
    expect(tokenize('Zürich-based café; you’ll work with Ørsted and naïve PMOs').map((t) => t.raw)).toEqual([
      'Zürich', 'based', 'café', 'you', '’ll', 'work', 'with', 'Ørsted', 'and', 'naïve', 'PMOs',
    ]);
    expect(tokenize('PMO lead—planning/reporting (x2), 3×weekly').map((t) => t.raw)).toEqual(['PMO', 'lead', 'planning', 'reporting', 'x', '2', '3', 'weekly']);
  });
});
