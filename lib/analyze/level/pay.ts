import type { LevelId } from '../../analysis';
import type { LevelRules } from '../rules';
import { LEVELS, zero, type Cue, type Scores } from './types';

type PayBand = LevelRules['pay']['bands'][number];

const AMOUNT = /(\d{1,3}(?:[,\s.]\d{3})+|\d{2,3}(?:\.\d)?\s?[kK]\b|\d{5,7}\b)/.source;
const PER_TIME = /^\s*(?:-|–|to)?\s*(?:\S+\s){0,2}?(?:per|an|a|\/)\s?(?:hour|hr|day|week|month)\b/i;

function amount(s: string): number {
  const t = s.replace(/\s/g, '');
  if (/k$/i.test(t)) return parseFloat(t) * 1000;
  return parseInt(t.replace(/[,.]/g, ''), 10);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const bandPatterns = new WeakMap<PayBand, RegExp>();

/** A band's pattern, built once per band rather than once per advert. */
function patternOf(band: PayBand): RegExp {
  let re = bandPatterns.get(band);
  if (!re) {
    const marks = band.marks.map(escape).join('|');
    re = new RegExp(`(?:${marks})\\s?${AMOUNT}(?:\\s?(?:-|–|to)\\s?(?:${marks})?\\s?${AMOUNT})?`, 'g');
    bandPatterns.set(band, re);
  }
  return re;
}

/** The yearly pay an advert offers, in the first currency it names, placed on the bands for it. */
export function payScores(text: string, bands: ReadonlyArray<PayBand>): { scores: Scores; cues: Cue[] } {
  const scores = zero();
  for (const band of bands) {
    for (const m of text.matchAll(patternOf(band))) {
      if (PER_TIME.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 25))) continue;
      const low = amount(m[1]!);
      const high = m[2] ? amount(m[2]) : low;
      const mid = (low + Math.max(low, high)) / 2;
      if (mid < band.minYearly) continue;
      const level: LevelId = LEVELS.find((l) => l === 'director' || mid <= band.upTo[l as Exclude<LevelId, 'director'>]) ?? 'director';
      scores[level] = 1;
      const said = m[0].trim();
      return { scores, cues: [{ kind: 'pay', text: said, reason: `Pay of ${said} a year is typical of ${level}-level PMO roles (${band.currency})`, level }] };
    }
  }
  return { scores, cues: [] };
}
