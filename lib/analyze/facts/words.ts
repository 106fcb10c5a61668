/** Regular-expression helpers shared by the fact readers. */

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: spaces and hyphens between its words match any run of either. */
export function phraseRe(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map(escapeRe)
    .join('[\\s\\-‐‑–]+');
}

const compiledAnyOf = new Map<string, RegExp>();

/**
 * Any of the phrases as whole words (a phrase starting or ending in a sign is bounded by what
 * it is). Compiled once per list: use a global one only through matchAll, which copies it.
 */
export function anyOf(phrases: ReadonlyArray<string>, flags = 'gi'): RegExp {
  const key = `${flags}\u0000${phrases.join('\u0000')}`;
  let re = compiledAnyOf.get(key);
  if (!re) compiledAnyOf.set(key, (re = buildAnyOf(phrases, flags)));
  return re;
}

function buildAnyOf(phrases: ReadonlyArray<string>, flags: string): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  // Every phrase this bound applies to starts with a word character, so "\b" says "not after one".
  return new RegExp(alternation(sorted, '\\b', '(?![\\w])'), flags);
}

/**
 * Phrases in the order given, each bounded where it starts or ends with a word character. The
 * start's look-behind is written once for all the phrases that need it rather than once per
 * phrase: the same matches, found several times faster. Splitting them in two keeps their
 * order, since a phrase that starts with a word character never starts where one that does not
 * could.
 */
export function alternation(phrases: ReadonlyArray<string>, before: string, after: string): string {
  const alt = (ps: string[]) => ps.map((p) => `${phraseRe(p)}${/\w$/.test(p) ? after : ''}`).join('|');
  const word = phrases.filter((p) => /^\w/.test(p));
  const other = phrases.filter((p) => !/^\w/.test(p));
  const parts: string[] = [];
  if (word.length) parts.push(`${before}(?:${alt(word)})`);
  if (other.length) parts.push(alt(other));
  return `(?:${parts.join('|')})`;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, 'twenty-four': 24, 'twenty four': 24, thirty: 30, 'thirty-six': 36,
};
export const NUMBER_WORD_RE = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** "12", "twelve", "1.5" as a number; null when it is neither. */
export function numberOf(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(t)) return parseFloat(t);
  return NUMBER_WORDS[t] ?? null;
}

/** The advert's own words around a match: the sentence of its line it stands in, cut to a readable window. */
export function snippet(text: string, from: number, to: number, max = 140): string {
  let a = text.lastIndexOf('\n', from - 1) + 1;
  let b = text.indexOf('\n', to);
  if (b < 0) b = text.length;
  const before = text.slice(a, from);
  const stop = before.search(/[.!?;•](?=\s+\S)(?!.*[.!?;•]\s)[^]*$/);
  if (stop >= 0) a += stop + 1;
  const end = text.slice(to, b).search(/[.!?;•](?:\s|$)/);
  if (end >= 0) b = to + end + 1;
  if (b - a > max) {
    if (from - a > max / 2) a = Math.max(a, text.lastIndexOf(' ', from - Math.floor(max / 3)) + 1);
    if (b - a > max) b = Math.max(to, text.indexOf(' ', a + max) > 0 ? Math.min(b, text.indexOf(' ', a + max)) : b);
  }
  return text.slice(a, b).replace(/\s+/g, ' ').trim().replace(/^[•·▪\-–*\s]+/, '');
}

/** Start and end of the line holding position i. */
export function lineAt(text: string, i: number): { start: number; end: number; line: string } {
  const start = text.lastIndexOf('\n', i - 1) + 1;
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  return { start, end, line: text.slice(start, end) };
}
