import type { Facts } from '../../analysis';
import { loadGrades, type GradesData } from './rules';
import { anyOf, lineAt, snippet } from './words';

type Grade = NonNullable<Facts['grade']>;

/** A grade phrase of data/level-rules.json found by the matcher's scan, with where it stands. */
export interface GradeHit {
  /** The level-rules phrase that matched ("band 8 a", "HEO"). */
  phrase: string;
  from: number;
  to: number;
  inTitle: boolean;
}

type Rule = GradesData['rules'][number];

/** The scheme and value a level-rules grade phrase is written as, or null when no rule names it. */
export function nameGrade(phrase: string): { scheme: string; value: string; rule: Rule } | null {
  for (const rule of loadGrades().rules) {
    const m = new RegExp(rule.match).exec(phrase);
    if (m) return { scheme: rule.scheme, value: rule.value.replace(/\$(\d)/g, (_, i: string) => (m[+i] ?? '').toLowerCase()), rule };
  }
  return null;
}

/**
 * The grade the advert is at: the title's first, else the first in the body. A full grade
 * name that is also a job title elsewhere counts only beside words of its scheme.
 */
export function readGrade(text: string, title: string | null, hits: ReadonlyArray<GradeHit>): Grade | null {
  const ordered = [...hits].sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || a.from - b.from);
  for (const h of ordered) {
    const src = h.inTitle ? (title ?? '') : text;
    const named = nameGrade(h.phrase);
    if (!named) continue;
    if (named.rule.context) {
      const line = lineAt(src, h.from).line;
      const ctx = anyOf(named.rule.context, 'i');
      if (!ctx.test(line.replace(src.slice(h.from, h.to), ' ')) && !(title && ctx.test(title))) continue;
    }
    if (named.rule.notWith && anyOf(named.rule.notWith, 'i').test(`${title ?? ''}\n${text}`)) continue;
    // "Chief Executive Officer" holds "executive officer".
    if (/\bchief\s+$/i.test(src.slice(Math.max(0, h.from - 8), h.from))) continue;
    // Bands of the NHS are written "Band 7", not "band" in running text about other things ("a band of").
    if (named.scheme === 'nhs-afc' && !/^band|^[EV]SM|^(?:executive|very)/i.test(src.slice(h.from, h.to))) continue;
    // "Senior Civil Service Pay Band 2" is SCS2.
    const band = named.value === 'SCS' ? /^\s*(?:pay\s+band\s*)?([1-4])\b/i.exec(src.slice(h.to, h.to + 20)) : null;
    const to = band ? h.to + band[0].length : h.to;
    return { scheme: named.scheme, value: band ? `SCS${band[1]}` : fixCase(named.value), text: snippet(src, h.from, to) };
  }
  return null;
}

/** "8A" → "8a", "Scale 4" stays: values are written as the scheme writes them. */
function fixCase(v: string): string {
  return /^8[a-d]$/i.test(v) ? v.toLowerCase() : v;
}
