import nlp from 'compromise';
import { registerLemma, resetNormCache, tokenize, type Token } from './normalize';

/**
 * One phrase of the lexicon. The payload says what finding it means (a certification, an
 * office cue, a level cue...). Phrases are compiled once into a token trie; scanning an
 * advert is then one pass over its tokens, however many phrases there are.
 */
export interface LexEntry<P = unknown> {
  phrase: string;
  payload: P;
  /** Match only exactly as written ("SAFe", "MoP"): in lower case these are other words. */
  caseSensitive?: boolean;
  /** Match the words as spelt, never plural-stripped or lemmatised (certificate names). */
  exact?: boolean;
}

export interface LexMatch<P = unknown> {
  entry: LexEntry<P>;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

interface Node<P> {
  next: Map<string, Node<P>>;
  /** Case-sensitive trie only: children by their capitals, for acronyms written in capitals. */
  upper?: Map<string, Node<P>>;
  entries: LexEntry<P>[];
}

function newNode<P>(): Node<P> {
  return { next: new Map(), entries: [] };
}

/** "CoE" may be written "COE"; "SAFe" and "MoP" written in capitals are other words. */
function indexCapitals<P>(node: Node<P>): void {
  for (const [k, child] of node.next) {
    if (!/[a-z]$/.test(k) && k !== k.toUpperCase()) {
      node.upper ??= new Map();
      if (!node.upper.has(k.toUpperCase())) node.upper.set(k.toUpperCase(), child);
    }
    indexCapitals(child);
  }
}

/**
 * Short acronyms written with capitals ("PSO", "SRO", "CoE", "TMO") are read case-sensitively
 * or in capitals only, so "so", "tmo" or "coe" in ordinary prose do not count.
 */
function looksLikeAcronym(phrase: string): boolean {
  const p = phrase.replace(/[®™©\s-]/g, '');
  return p.length <= 5 && /[A-Z].*[A-Z]/.test(p) && !/\s/.test(phrase.trim());
}

export class Lexicon<P> {
  private readonly root: Node<P> = newNode();
  private readonly rawRoot: Node<P> = newNode();
  private readonly plainRoot: Node<P> = newNode();
  readonly size: number;

  constructor(entries: ReadonlyArray<LexEntry<P>>) {
    for (const e of entries) {
      const caseSensitive = e.caseSensitive ?? looksLikeAcronym(e.phrase);
      const toks = tokenize(e.phrase);
      const keys = toks.map((t) => (caseSensitive ? t.raw : e.exact ? t.plain : t.norm));
      if (keys.length === 0) continue;
      let node = caseSensitive ? this.rawRoot : e.exact ? this.plainRoot : this.root;
      for (const k of keys) {
        let n = node.next.get(k);
        if (!n) {
          n = newNode();
          node.next.set(k, n);
        }
        node = n;
      }
      node.entries.push(caseSensitive ? { ...e, caseSensitive: true } : e);
    }
    indexCapitals(this.rawRoot);
    this.size = entries.length;
  }

  /**
   * Every phrase found, at every start: "project support officer" and the "project support"
   * inside it both come back, and each reader picks what it needs (certificates drop the ones
   * nested in a longer certificate).
   */
  scan(tokens: ReadonlyArray<Token>, from = 0, to = tokens.length): LexMatch<P>[] {
    const out: LexMatch<P>[] = [];
    for (let i = from; i < to; i++) {
      this.walk(this.root, tokens, i, to, 'norm', out);
      this.walk(this.plainRoot, tokens, i, to, 'plain', out);
      this.walk(this.rawRoot, tokens, i, to, 'raw', out);
    }
    return out;
  }

  private walk(root: Node<P>, tokens: ReadonlyArray<Token>, i: number, to: number, form: 'norm' | 'plain' | 'raw', out: LexMatch<P>[]): void {
    let node: Node<P> | undefined = root;
    for (let j = i; j < to && node; j++) {
      const t = tokens[j]!;
      let n: Node<P> | undefined = node.next.get(t[form]);
      if (!n && form === 'raw' && node.upper) n = node.upper.get(t.raw);
      node = n;
      if (node && node.entries.length) for (const entry of node.entries) out.push({ entry, from: i, to: j + 1 });
    }
  }
}


type VerbForms = Partial<Record<'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle', string>>;
interface CompromiseWorld {
  model: { one: { lexicon: Record<string, string | undefined> } };
  methods: {
    two: {
      transform: {
        verb: {
          conjugate(inf: string, model: unknown): VerbForms;
          toInfinitive(word: string, model: unknown, tense: string): string;
        };
        noun: { toPlural(word: string, model: unknown): string };
      };
    };
  };
}

const seen = new Set<string>();

/**
 * Teach the normaliser the inflections of the lexicon's words with compromise's own verb
 * and noun models, once, at compile time: "take minutes" then also meets "taking minutes" and "took
 * minutes", and "line-manage" meets "line managing". Only compromise's lexicon and conjugation
 * tables are used (no tagging), so this costs milliseconds; adverts never go through it.
 */
export function learnLemmas(phrases: Iterable<string>): void {
  const world = (nlp as unknown as { world(): CompromiseWorld }).world();
  const { model, methods } = world;
  const lex = model.one.lexicon;
  const verb = methods.two.transform.verb;
  const noun = methods.two.transform.noun;
  for (const p of phrases) {
    for (const t of tokenize(p)) {
      const w = t.raw.toLowerCase();
      if (w.length <= 3 || !/^[a-z]+$/.test(w) || seen.has(w)) continue;
      seen.add(w);
      // Plurals the cheap stemmer gets wrong ("processes", "analyses", "statuses", "criteria").
      if (!/s$/.test(w) || /(ss|is|us)$/.test(w)) {
        const plural = noun.toPlural(w, model);
        if (plural && plural !== w && /^[a-z]+$/.test(plural)) registerLemma(plural, w);
      }
      let inf: string | null = null;
      const tag = lex[w];
      if (tag === 'Infinitive') inf = w;
      else if (tag === 'Gerund' || w.endsWith('ing')) inf = verb.toInfinitive(w, model, 'Gerund');
      else if (tag === 'PastTense' || w.endsWith('ed')) inf = verb.toInfinitive(w, model, 'PastTense');
      if (!inf || lex[inf] !== 'Infinitive') continue;
      const forms = verb.conjugate(inf, model);
      for (const f of [forms.PastTense, forms.PresentTense, forms.Gerund, forms.Participle, w]) {
        if (f && !/\s/.test(f)) registerLemma(f.toLowerCase(), inf);
      }
    }
  }
  resetNormCache();
}
