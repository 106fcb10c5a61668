import type { Compiled, Payload } from './compile';
import type { LexMatch } from './lexicon';
import { blankMarkup, tokenize, type Token } from './normalize';
import { segment, type Unit } from './units';

export type Match = LexMatch<Payload>;
export type MatchOf<K extends Payload['k']> = Match & { entry: { payload: Extract<Payload, { k: K }> } };

/** One piece of text (the title or the body) tokenised, segmented and scanned once. */
export interface Scanned {
  text: string;
  tokens: Token[];
  units: Unit[];
  matches: Match[];
  byKind: Map<Payload['k'], Match[]>;
  allLower: boolean;
}

export function scanText(c: Compiled, raw: string): Scanned {
  const text = blankMarkup(raw);
  const tokens = tokenize(text);
  const units = segment(text, tokens);
  const matches = c.lexicon.scan(tokens);
  const byKind = new Map<Payload['k'], Match[]>();
  for (const m of matches) {
    const k = m.entry.payload.k;
    let list = byKind.get(k);
    if (!list) byKind.set(k, (list = []));
    list.push(m);
  }
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < tokens.length && i < 400; i++) {
    const t = tokens[i]!;
    letters++;
    if (t.raw !== t.lower) upper++;
  }
  return { text, tokens, units, matches, byKind, allLower: letters > 20 && upper / letters < 0.02 };
}

export function kind<K extends Payload['k']>(s: Scanned, k: K): MatchOf<K>[] {
  return (s.byKind.get(k) ?? []) as MatchOf<K>[];
}

/** The advert's words for a match, as written. */
export function words(s: Scanned, m: { from: number; to: number }): string {
  const a = s.tokens[m.from];
  const b = s.tokens[m.to - 1];
  if (!a || !b) return '';
  let end = b.end;
  // "PRINCE2 (Practitioner)": a bracket opened inside the name closes with it.
  let opened = 0;
  for (let i = a.start; i < end; i++) {
    const c = s.text.charCodeAt(i);
    if (c === 40) opened++;
    else if (c === 41) opened--;
  }
  if (opened > 0 && s.text[end] === ')') end++;
  const said = s.text.slice(a.start, end);
  return singleSpaced(said) ? said : said.replace(/\u200B+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** ASCII with no line breaks, tabs or runs of spaces, and no space at either end: nothing to tidy. */
function singleSpaced(t: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128 || (c >= 9 && c <= 13)) return false;
    const space = c === 32;
    if (space && prevSpace) return false;
    prevSpace = space;
  }
  return !prevSpace;
}

/** Drop matches that sit inside a longer match of the same list (sorted sweep, n log n). */
export function outermost<M extends Match>(list: ReadonlyArray<M>): M[] {
  const sorted = [...list].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: M[] = [];
  let maxTo = -1;
  let i = 0;
  while (i < sorted.length) {
    // Matches with the same span stand or fall together.
    let j = i;
    while (j < sorted.length && sorted[j]!.from === sorted[i]!.from && sorted[j]!.to === sorted[i]!.to) j++;
    const m = sorted[i]!;
    if (m.to > maxTo) for (let k = i; k < j; k++) out.push(sorted[k]!);
    maxTo = Math.max(maxTo, m.to);
    i = j;
  }
  return out;
}
