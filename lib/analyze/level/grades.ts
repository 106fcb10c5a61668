import { kind, outermost, words, type MatchOf, type Scanned } from '../scan';
import { zero, type Cue, type Scores } from './types';

/**
 * Pay grades (civil service, NHS bands, US GS): the title's grade counts fully, one in the
 * body less. A grade listed for two levels (NHS Band 7, SEO) is evidence for either.
 */
export function gradeScores(title: Scanned | null, body: Scanned): { scores: Scores; cues: Cue[] } {
  const scores = zero();
  const cues: Cue[] = [];
  const lists: Array<[Scanned | null, number, number]> = [
    [title, 1, 4],
    [body, 0.6, 2],
  ];
  for (const [s, factor, max] of lists) {
    if (!s) continue;
    const bySpan = new Map<string, MatchOf<'grade'>[]>();
    for (const g of outermost(kind(s, 'grade'))) {
      const key = `${g.from}:${g.to}`;
      bySpan.set(key, [...(bySpan.get(key) ?? []), g]);
    }
    for (const group of [...bySpan.values()].slice(0, max)) {
      for (const g of group) scores[g.entry.payload.level] += g.entry.payload.weight * factor;
      const levels = group.map((g) => g.entry.payload.level).join('- or ');
      const text = words(s, group[0]!);
      cues.push({ kind: 'grade', text, reason: `Grade '${text}' usually pays ${levels}-level PMO work`, level: group.length === 1 ? group[0]!.entry.payload.level : undefined });
    }
  }
  return { scores, cues };
}
