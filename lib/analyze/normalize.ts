/**
 * Text normalisation shared by the lexicon compiler and the advert scanner. Both sides go
 * through the same functions, so "PRINCE 2", "Prince2®" and "PRINCE2" meet on the same
 * tokens, and "Program Co-ordinator" meets "programme coordinator".
 */

export interface Token {
  /** Normalised form (lower case, UK spelling, hyphen and prefix joins, light lemma). */
  norm: string;
  /** The characters as written in the advert (after markup blanking). */
  raw: string;
  /**
   * Lower case and UK spelling only, never stemmed: certificate names are matched on it, so
   * "PMO Manager Essential" is not "PMO Managers Essentials".
   */
  plain: string;
  /** The characters as written, in lower case. */
  lower: string;
  start: number;
  end: number;
}

/**
 * US→UK and variant spellings, one canonical form each. Whole-token replacements; the
 * suffix rules below cover the regular -ize/-yze families.
 */
export const SPELLINGS: ReadonlyArray<{ from: string; to: string; example: string }> = [
  { from: 'program', to: 'programme', example: 'Program Manager → programme manager' },
  { from: 'programs', to: 'programmes', example: 'multiple programs → programmes' },
  { from: 'center', to: 'centre', example: 'Center of Excellence → centre of excellence' },
  { from: 'centers', to: 'centres', example: 'cost centers → centres' },
  { from: 'behavior', to: 'behaviour', example: 'behavior change' },
  { from: 'behaviors', to: 'behaviours', example: 'leadership behaviors' },
  { from: 'labor', to: 'labour', example: 'labor costs' },
  { from: 'catalog', to: 'catalogue', example: 'service catalog' },
  { from: 'modeling', to: 'modelling', example: 'financial modeling' },
  { from: 'labeled', to: 'labelled', example: 'labeled data' },
  { from: 'traveling', to: 'travelling', example: 'traveling to sites' },
  { from: 'enrollment', to: 'enrolment', example: 'course enrollment' },
  { from: 'judgment', to: 'judgement', example: 'sound judgment' },
  { from: 'favorable', to: 'favourable', example: 'favorable variance' },
  { from: 'fulfill', to: 'fulfil', example: 'fulfill requests' },
  { from: 'artifacts', to: 'artefacts', example: 'project artifacts' },
  { from: 'artifact', to: 'artefact', example: 'delivery artifact' },
];
const SPELLING_MAP = new Map(SPELLINGS.map((s) => [s.from, s.to]));

/** Prefixes that writers hyphenate or not ("co-ordinator"/"coordinator", "e-PMO"/"ePMO"). */
export const JOINED_PREFIXES: ReadonlyArray<{ prefix: string; example: string }> = [
  { prefix: 'co', example: 'co-ordinator → coordinator' },
  { prefix: 'e', example: 'e-PMO → epmo' },
  { prefix: 're', example: 're-baseline → rebaseline' },
  { prefix: 'pre', example: 'pre-sales → presales' },
  { prefix: 'non', example: 'non-technical → nontechnical' },
  { prefix: 'sub', example: 'sub-project → subproject' },
  { prefix: 'multi', example: 'multi-disciplinary → multidisciplinary' },
];
const PREFIXES = new Set(JOINED_PREFIXES.map((p) => p.prefix));

/**
 * Markup is blanked in place, so offsets still point into the original: block tags become a
 * line break (padded with spaces), inline tags and entities a filler that separates words
 * without looking like a gap between sentences, scripts and styles vanish.
 */
const SCRIPT = /<(script|style|noscript|template)\b[^>]{0,400}>[\s\S]{0,200000}?<\/\1\s*>/gi;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*|!--?)[^<>]{0,400}>/g;
const ENTITY = /&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/g;
const BLOCK = /^(p|div|li|ul|ol|h[1-6]|br|tr|td|th|table|section|article|header|footer|dt|dd|dl|blockquote|pre|hr|main|aside|nav)$/i;
/** Zero-width space: not a word character, not white space. */
export const FILLER = '\u200B';

export function blankMarkup(text: string): string {
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return text;
  return text
    .replace(SCRIPT, (m) => ' '.repeat(m.length))
    .replace(TAG, (m, name: string) => (BLOCK.test(name) ? `\n${' '.repeat(m.length - 1)}` : FILLER.repeat(m.length)))
    .replace(ENTITY, (m) => (m === '&nbsp;' ? ' '.repeat(m.length) : FILLER.repeat(m.length)));
}

/** US -ize/-yze families to UK -ise/-yse ("prioritization" → "prioritisation"). */
function ukSuffix(w: string): string {
  if (w.length > 5) {
    const m = /^(.+?)iz(e|es|ed|er|ers|ing|ation|ations)$/.exec(w);
    if (m) return `${m[1]}is${m[2]}`;
    const y = /^(.+?)yz(e|es|ed|er|ers|ing)$/.exec(w);
    if (y) return `${y[1]}ys${y[2]}`;
  }
  return w;
}

/**
 * Plural stripping that is cheap and symmetric: applied to the lexicon and to the advert
 * alike, over-stemming only merges forms that would mean the same thing in a job advert.
 */
function lightStem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Lemmas learnt from compromise while the lexicon is compiled (see inflections.ts). */
const lemmas = new Map<string, string>();
export function registerLemma(form: string, lemma: string): void {
  if (form && lemma && form !== lemma && !lemmas.has(form)) lemmas.set(form, lemma);
}

/** Every lemma learnt so far, in the order learnt, for a lexicon compiled ahead of time. */
export function learntLemmas(): Array<[string, string]> {
  return [...lemmas];
}

const CACHE_LIMIT = 50_000;

/** The normalised form of one lower-case word (spelling, then lemma, then plural). */
function normWord(lower: string): string {
  let w = SPELLING_MAP.get(lower) ?? ukSuffix(lower);
  w = SPELLING_MAP.get(w) ?? w;
  return lemmas.get(w) ?? lightStem(w);
}

/** The spelling of one lower-case word without its lemma or plural stripped. */
function plainWord(lower: string): string {
  const w = SPELLING_MAP.get(lower) ?? ukSuffix(lower);
  return SPELLING_MAP.get(w) ?? w;
}

/** What is known of one spelling as written, looked up once per spelling. */
interface Forms {
  raw: string;
  norm: string;
  plain: string;
  lower: string;
  /** A version word, a trade mark in letters or a tier numeral: one `tidy` looks at again. */
  special: boolean;
}

/**
 * Both forms of a word as written, looked up once: an advert repeats its words, and keying on
 * the word as written saves lower-casing it again.
 */
const forms = new Map<string, Forms>();
function formsOf(raw: string): Forms {
  let f = forms.get(raw);
  if (f === undefined) {
    const lower = raw.toLowerCase();
    const plain = plainWord(lower);
    f = { raw, norm: normWord(lower), plain, lower, special: VERSION_WORDS.has(plain) || MARK_WORDS.has(plain) || ROMAN.has(raw) };
    if (forms.size < CACHE_LIMIT) forms.set(raw, f);
  }
  return f;
}

/** Forget cached forms; needed after new lemmas are registered. */
export function resetNormCache(): void {
  forms.clear();
  recent.fill(undefined);
}

// Letters and digits; apostrophes inside words ("you'll") stay in the word; a "+" closing a
// word of two letters or more stays with it ("Project+"), while "C++" and "5+" do not.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*(?:(?<=\p{L}\p{L})\+(?![\p{L}\p{N}+]))?/gu;
/** Short forms written with an apostrophe, read as the words in full ("you'll" → you will). */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'d", 'would'],
]);
const CONTRACTED = /^(\p{L}+)(['’](?:ll|re|ve|d))$/iu;
/** Tier numerals written in capitals after an acronym ("PSM II", "PRINCE II") read as digits. */
const ROMAN: ReadonlyMap<string, string> = new Map([
  ['I', '1'],
  ['II', '2'],
  ['III', '3'],
  ['IV', '4'],
]);
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
/** "v5", "V 4", "version 5": the version word adds nothing once the number is there. */
const VERSION_WORDS = new Set(['v', 'version', 'ver']);
/** "(R)" and "(TM)" written out for the registered and trade marks. */
const MARK_WORDS = new Set(['r', 'tm']);

/** Adds the token; true when `tidy` has to look at it again. */
function emit(out: Token[], raw: string, start: number, end: number, norm?: string): boolean {
  const f = formsOf(raw);
  if (norm !== undefined) {
    out.push({ norm, raw, plain: norm, lower: f.lower, start, end });
    return VERSION_WORDS.has(norm) || MARK_WORDS.has(norm) || ROMAN.has(raw);
  }
  out.push({ norm: f.norm, raw, plain: f.plain, lower: f.lower, start, end });
  return f.special;
}

/**
 * What spelling alone cannot settle: a version word before its number, a trade mark written
 * in letters, a tier numeral after an acronym.
 */
function tidy(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = out[out.length - 1];
    if (next && VERSION_WORDS.has(t.plain) && /^\p{N}+$/u.test(next.raw) && /^[\s.]{0,2}$/u.test(text.slice(t.end, next.start)) && prev) continue;
    if (MARK_WORDS.has(t.plain) && prev && text[t.start - 1] === '(' && text[t.end] === ')' && text.slice(prev.end, t.start).trim() === '(') continue;
    const roman = ROMAN.get(t.raw);
    if (roman && prev && ACRONYM.test(prev.raw) && /^[\s-]{0,2}$/.test(text.slice(prev.end, t.start)) && (t.raw !== 'I' || /\p{L}/u.test(prev.raw))) {
      out.push({ ...t, norm: roman, plain: roman });
      continue;
    }
    out.push(t);
  }
  return out;
}
const SPLIT_DIGITS = /\p{N}+|[^\p{N}]+/gu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;

/** Digits and letters in one word ("PRINCE2"); plain ASCII words are told apart without a regular expression. */
function mixesDigitsAndLetters(raw: string): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) return HAS_DIGIT.test(raw) && HAS_LETTER.test(raw);
    if (c >= 48 && c <= 57) digit = true;
    else if ((c | 32) >= 97 && (c | 32) <= 122) letter = true;
  }
  return digit && letter;
}

/** Where `nextWord` found the word: [wordStart, wordEnd). */
let wordStart = 0;
let wordEnd = 0;
/**
 * Set when the word is plain ASCII letters or digits, not both, read without the pattern;
 * `wordHash` is then a hash of its characters.
 */
let wordSimple = false;
let wordHash = 0;

/**
 * The forms of recently read spellings by a hash of their characters: a word met again is
 * recognised in the text itself, without cutting it out and looking it up.
 */
const RECENT_MASK = 4095;
const recent: Array<Forms | undefined> = new Array<Forms | undefined>(RECENT_MASK + 1).fill(undefined);

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** The next match of WORD at or after `from`, found by the pattern itself. */
function wordByPattern(text: string, from: number): boolean {
  wordSimple = false;
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  if (!m) return false;
  wordStart = m.index;
  wordEnd = m.index + m[0].length;
  return true;
}

/**
 * The next match of WORD at or after `from`. Plain ASCII words, most of an English advert, are
 * read character by character; anywhere another character is involved the pattern decides.
 */
function nextWord(text: string, from: number): boolean {
  const n = text.length;
  let i = from;
  let c = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= 128) return wordByPattern(text, i);
    if (isAsciiAlnum(c)) break;
  }
  if (i >= n) return false;
  const s = i;
  let digits = c <= 57 ? 1 : 0;
  let hash = c;
  let j = i + 1;
  for (; j < n; j++) {
    c = text.charCodeAt(j);
    if (c >= 128) return wordByPattern(text, s);
    if (!isAsciiAlnum(c)) break;
    if (c <= 57) digits++;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  wordSimple = digits === 0 || digits === j - s;
  wordHash = hash;
  // "you'll": an apostrophe followed by letters stays in the word.
  while (j + 1 < n && text.charCodeAt(j) === 39) {
    c = text.charCodeAt(j + 1);
    if (c >= 128) return wordByPattern(text, s);
    if (!isAsciiLetter(c)) break;
    wordSimple = false;
    let k = j + 2;
    for (; k < n; k++) {
      c = text.charCodeAt(k);
      if (c >= 128) return wordByPattern(text, s);
      if (!isAsciiLetter(c)) break;
    }
    j = k;
  }
  // "Project+": a plus after two letters, not followed by a letter, digit or another plus.
  if (j < n && text.charCodeAt(j) === 43) {
    wordSimple = false;
    if (j - s < 2) return wordByPattern(text, s);
    if (isAsciiLetter(text.charCodeAt(j - 1)) && isAsciiLetter(text.charCodeAt(j - 2))) {
      if (j + 1 >= n) j++;
      else {
        c = text.charCodeAt(j + 1);
        if (c >= 128) return wordByPattern(text, s);
        if (!isAsciiAlnum(c) && c !== 43) j++;
      }
    }
  }
  wordStart = s;
  wordEnd = j;
  return true;
}

/**
 * Tokenise a text. Signs such as ® and ™ are not word characters, so they vanish; letter/digit runs split ("PRINCE2" → prince 2, "P3O" → p 3 o) so spacing
 * variants agree; single letters joined by "_" or "." merge ("M_o_R" → mor); a hyphen after a
 * known prefix joins ("co-ordinator" → coordinator); other hyphens separate.
 */
export function tokenize(input: string, from = 0, to = input.length): Token[] {
  const text = input;
  const out: Token[] = [];
  let special = false;
  let pos = from;
  while (nextWord(text, pos)) {
    if (wordStart >= to) break;
    const start = wordStart;
    let end = wordEnd;
    pos = end;
    // Most words are plain: two characters or more (no "M.o.R" to merge), not before a hyphen
    // (no prefix to join), no apostrophe, not letters and digits in one.
    if (wordSimple && end - start > 1 && text.charCodeAt(end) !== 45 && text.charCodeAt(end) !== 0x2010) {
      const slot = wordHash & RECENT_MASK;
      let f = recent[slot];
      if (f === undefined || f.raw.length !== end - start || !text.startsWith(f.raw, start)) recent[slot] = f = formsOf(text.slice(start, end));
      out.push({ norm: f.norm, raw: f.raw, plain: f.plain, lower: f.lower, start, end });
      if (f.special) special = true;
      continue;
    }
    let raw = text.slice(start, end);
    // Merge "M_o_R", "M.o.R": single letters separated by one "_" or "."
    if (raw.length === 1 && /\p{L}/u.test(raw)) {
      let j = end;
      let joined = raw;
      while (j + 1 < text.length && (text[j] === '_' || text[j] === '.') && /\p{L}/u.test(text[j + 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[j + 2] ?? '')) {
        joined += text[j + 1];
        j += 2;
      }
      if (joined.length > 1 && j <= to) {
        raw = joined;
        end = j;
        pos = j;
      }
    }
    // Join a known prefix across a hyphen.
    if ((text[end] === '-' || text[end] === '‐') && PREFIXES.has(raw.toLowerCase()) && /\p{L}/u.test(text[end + 1] ?? '')) {
      if (nextWord(text, end + 1) && wordStart === end + 1) {
        raw = raw + text.slice(wordStart, wordEnd);
        end = wordEnd;
      }
      pos = end;
    }
    if (mixesDigitsAndLetters(raw)) {
      let off = start;
      for (const part of raw.match(SPLIT_DIGITS) ?? []) {
        const idx = text.indexOf(part, off);
        const s = idx >= 0 && idx < end ? idx : off;
        if (emit(out, part, s, s + part.length)) special = true;
        off = s + part.length;
      }
      continue;
    }
    const short = raw.length > 2 && (raw.includes("'") || raw.includes('’')) ? CONTRACTED.exec(raw) : null;
    const full = short ? CONTRACTIONS.get(short[2]!.toLowerCase().replace('’', "'")) : undefined;
    if (short && full) {
      if (emit(out, short[1]!, start, start + short[1]!.length)) special = true;
      if (emit(out, short[2]!, start + short[1]!.length, end, full)) special = true;
      continue;
    }
    if (emit(out, raw, start, end)) special = true;
  }
  // Most adverts have no version word, trade mark in letters or tier numeral to settle.
  return special ? tidy(text, out) : out;
}

/** Normalised token forms of a phrase (for building the lexicon). */
export function normPhrase(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/** Normalised text for display-free comparisons. */
export function normalizeText(text: string): string {
  return normPhrase(blankMarkup(text)).join(' ');
}
