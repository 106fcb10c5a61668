import nlp from 'compromise';
import { normPhrase, registerLemma, resetNormCache, tokenize, type Token } from './normalize';

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
}

export interface LexMatch<P = unknown> {
  entry: LexEntry<P>;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

interface Node<P> {
  next: Map<string, Node<P>>;
  entries: LexEntry<P>[];
}

function newNode<P>(): Node<P> {
  return { next: new Map(), entries: [] };
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
  readonly size: number;

  constructor(entries: ReadonlyArray<LexEntry<P>>) {
    for (const e of entries) {
      const caseSensitive = e.caseSensitive ?? looksLikeAcronym(e.phrase);
      const keys = caseSensitive ? tokenize(e.phrase).map((t) => t.raw) : normPhrase(e.phrase);
      if (keys.length === 0) continue;
      let node = caseSensitive ? this.rawRoot : this.root;
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
      this.walk(this.root, tokens, i, to, false, out);
      this.walk(this.rawRoot, tokens, i, to, true, out);
    }
    return out;
  }

  private walk(root: Node<P>, tokens: ReadonlyArray<Token>, i: number, to: number, raw: boolean, out: LexMatch<P>[]): void {
    let node: Node<P> | undefined = root;
    for (let j = i; j < to && node; j++) {
      const t = tokens[j]!;
      let n: Node<P> | undefined = node.next.get(raw ? t.raw : t.norm);
      // An acronym in capitals matches its mixed-case entry ("CoE" for "COE"), except where the
      // capitals make another word ("SAFe" is not "SAFE").
      if (!n && raw && isAllCaps(t.raw)) {
        for (const [k, v] of node.next) {
          if (k.toUpperCase() === t.raw && !/[a-z]$/.test(k)) {
            n = v;
            break;
          }
        }
      }
      node = n;
      if (node && node.entries.length) for (const entry of node.entries) out.push({ entry, from: i, to: j + 1 });
    }
  }
}

function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

let lemmaWordsSeen = new Set<string>();

/**
 * Teach the normaliser the inflections of the lexicon's words, using compromise once at
 * compile time: "take minutes" then also meets "taking minutes" and "took minutes", and
 * "line-manage" meets "line managing". Adverts are never run through the tagger for this.
 */
export function learnLemmas(phrases: Iterable<string>): void {
  const words = new Set<string>();
  for (const p of phrases) {
    for (const t of tokenize(p)) {
      const w = t.raw.toLowerCase();
      if (w.length > 3 && /^[a-z]+$/.test(w) && !lemmaWordsSeen.has(w)) words.add(w);
    }
  }
  if (words.size === 0) return;
  lemmaWordsSeen = new Set([...lemmaWordsSeen, ...words]);
  // One document for all words keeps this to a single compromise parse.
  const list = [...words];
  const doc = nlp(list.map((w) => `to ${w}.`).join(' '));
  const verbs = doc.verbs();
  const conj = verbs.conjugate() as Array<Record<string, string>>;
  for (const c of conj) {
    const inf = c.Infinitive?.toLowerCase();
    if (!inf || /\s/.test(inf)) continue;
    for (const form of [c.PastTense, c.PresentTense, c.Gerund, c.Participle]) {
      const f = form?.toLowerCase();
      if (f && !/\s/.test(f)) registerLemma(f, inf);
    }
  }
  resetNormCache();
}
