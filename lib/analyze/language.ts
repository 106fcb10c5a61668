import type { Token } from './normalize';

/**
 * Very common function words per language. A job advert is long enough that the share of
 * these words tells the language apart without a model.
 */
export const STOPWORDS: Readonly<Record<string, { name: string; words: string }>> = {
  en: { name: 'English', words: 'the and of to a in for with you will on is are be as our we your this that or an at by from have' },
  fr: { name: 'French', words: 'le la les des et du un une pour dans vous nous est avec sur au aux en qui que par votre notre sont ce' },
  de: { name: 'German', words: 'der die das und zu den mit für von ist ein eine im sie wir auf bei des dem sind ihre unsere oder als nicht' },
  es: { name: 'Spanish', words: 'el la los las de y en para con por una un del que se al su nuestro es como más o tu sus' },
  it: { name: 'Italian', words: 'il la le di e per con del della un una che in dei delle si sono nel al alla gli' },
  nl: { name: 'Dutch', words: 'de het een en van in voor met op je wij is zijn te bij die als ons jouw naar ook' },
  pt: { name: 'Portuguese', words: 'o a os as de e em para com do da dos das um uma que por no na é seu sua' },
  pl: { name: 'Polish', words: 'i w na z do się dla jest oraz o że ze od po nie jak są nasz lub przez przy we ich być będzie który która które jako także też czy ale' },
  sv: { name: 'Swedish', words: 'och att i en som för med på av är det till du vi har om den ett' },
  da: { name: 'Danish', words: 'og at i en som for med på af er det til du vi har om den et' },
};

/**
 * Letters that only one of the languages above uses: a word carrying one counts for that language,
 * which tells apart adverts written in short noun phrases with few function words.
 */
const OWN_LETTERS: ReadonlyArray<readonly [code: string, re: RegExp]> = [['pl', /[ąęłńśźż]/i]];

const LISTS = Object.entries(STOPWORDS).map(([code, v]) => ({ code, name: v.name, set: new Set(v.words.split(' ')) }));
/** Each function word with the languages that use it (by place in LISTS), so a word is looked up once. */
const LANGUAGES_OF = new Map<string, number[]>();
LISTS.forEach((l, li) => {
  for (const w of l.set) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), li]);
});
const EN = LISTS.findIndex((l) => l.code === 'en');
/** OWN_LETTERS by place in LISTS; letters of a language not listed count for none. */
const OWN = OWN_LETTERS.map(([code, re]) => [LISTS.findIndex((l) => l.code === code), re] as const).filter(([li]) => li >= 0);

/** Plain ASCII letters: Latin script, no digits and none of the other languages' own letters. */
function asciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Digits only (of any script); ASCII words are told without a regular expression. */
export function isNumber(s: string): boolean {
  let digits = s.length > 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return /^\p{N}+$/u.test(s);
    if (c < 48 || c > 57) digits = false;
  }
  return digits;
}

export interface LanguageGuess {
  code: string;
  name: string;
  /** Share of tokens that are English function words. */
  englishRatio: number;
}

/**
 * Guess the language from the first few thousand words. English unless another language's
 * function words clearly outnumber English ones; non-Latin scripts with few Latin words are
 * reported as another language.
 */
export function detectLanguage(tokens: ReadonlyArray<Token>, sample = 3000): LanguageGuess {
  const n = Math.min(tokens.length, sample);
  const counts = new Array<number>(LISTS.length).fill(0);
  let latinChars = 0;
  let letterChars = 0;
  let words = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const raw = t.raw;
    const ascii = asciiLetters(raw);
    if (!ascii && isNumber(raw)) continue;
    words++;
    // Characters, not tokens: Chinese or Japanese text is not split into words by spaces.
    letterChars += raw.length;
    latinChars += ascii ? raw.length : raw.replace(/[^\p{Script=Latin}]/gu, '').length;
    const w = t.lower;
    const langs = LANGUAGES_OF.get(w);
    if (langs) for (const li of langs) counts[li]!++;
    if (!ascii) for (const [li, re] of OWN) if (re.test(w)) counts[li]!++;
  }
  const en = counts[EN] ?? 0;
  const englishRatio = words ? en / words : 0;
  if (letterChars >= 20 && latinChars / letterChars < 0.5) return { code: 'und', name: 'another language', englishRatio };
  if (words < 12) return { code: 'en', name: 'English', englishRatio };
  let best = { code: 'en', name: 'English', c: en };
  for (let li = 0; li < LISTS.length; li++) {
    const l = LISTS[li]!;
    const c = counts[li]!;
    if (l.code !== 'en' && c > best.c * 1.5 && c / words > 0.08) best = { code: l.code, name: l.name, c };
  }
  if (best.code === 'en' && englishRatio < 0.02 && words > 60) return { code: 'und', name: 'another language', englishRatio };
  return { code: best.code, name: best.name, englishRatio };
}
