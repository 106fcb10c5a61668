import { tokenize, type Token } from './normalize';

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

/**
 * A trie written out as plain JSON: each node is [entry indexes, [key, child][], [capital key, key][]?].
 * Read back, it gives the same trie without tokenising a phrase again.
 */
export type SerialNode = [number[], Array<[string, SerialNode]>, Array<[string, string]>?];
export interface SerialLexicon<E> {
  size: number;
  entries: E[];
  roots: { norm: SerialNode; plain: SerialNode; raw: SerialNode };
}

export class Lexicon<P> {
  private readonly root: Node<P> = newNode();
  private readonly rawRoot: Node<P> = newNode();
  private readonly plainRoot: Node<P> = newNode();
  private rawStarts?: Uint8Array;
  readonly size: number;

  /** The lexicon as JSON, its payloads written by `encode`; `fromJSON` reads it back. */
  toJSON<E>(encode: (entry: LexEntry<P>) => E): SerialLexicon<E> {
    const index = new Map<LexEntry<P>, number>();
    const entries: E[] = [];
    const write = (node: Node<P>): SerialNode => {
      const ids = node.entries.map((e) => {
        let i = index.get(e);
        if (i === undefined) {
          index.set(e, (i = entries.length));
          entries.push(encode(e));
        }
        return i;
      });
      const out: SerialNode = [ids, [...node.next].map(([k, child]) => [k, write(child)])];
      if (node.upper) out.push([...node.upper].map(([k, child]) => [k, [...node.next].find(([, c]) => c === child)![0]]));
      return out;
    };
    return { size: this.size, entries, roots: { norm: write(this.root), plain: write(this.plainRoot), raw: write(this.rawRoot) } };
  }

  static fromJSON<P, E>(data: SerialLexicon<E>, decode: (entry: E) => LexEntry<P>): Lexicon<P> {
    const entries = data.entries.map(decode);
    const read = (s: SerialNode, into: Node<P>): Node<P> => {
      for (const i of s[0]) into.entries.push(entries[i]!);
      for (const [k, child] of s[1]) into.next.set(k, read(child, newNode()));
      if (s[2]) into.upper = new Map(s[2].map(([upper, k]) => [upper, into.next.get(k)!]));
      return into;
    };
    const lexicon = new Lexicon<P>([], data.size);
    read(data.roots.norm, lexicon.root);
    read(data.roots.plain, lexicon.plainRoot);
    read(data.roots.raw, lexicon.rawRoot);
    return lexicon;
  }

  constructor(entries: ReadonlyArray<LexEntry<P>>, size = entries.length) {
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
    this.size = size;
  }

  /**
   * Every phrase found, at every start: "project support officer" and the "project support"
   * inside it both come back, and each reader picks what it needs (certificates drop the ones
   * nested in a longer certificate).
   */
  scan(tokens: ReadonlyArray<Token>, from = 0, to = tokens.length): LexMatch<P>[] {
    const out: LexMatch<P>[] = [];
    const rawStarts = (this.rawStarts ??= firstCharsOf(this.rawRoot));
    // Each trie reads one form of the tokens: taken out once into plain arrays.
    const norm: string[] = [];
    const plain: string[] = [];
    const raw: string[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      norm.push(t.norm);
      plain.push(t.plain);
      raw.push(t.raw);
    }
    const n = to - from;
    for (let i = 0; i < n; i++) {
      walk(this.root, norm, i, from, out);
      walk(this.plainRoot, plain, i, from, out);
      // Phrases written case by case start with a capital or so: most words start none.
      if (rawStarts[raw[i]!.charCodeAt(0) & 0xffff] === 1) walk(this.rawRoot, raw, i, from, out);
    }
    return out;
  }
}

/** The first characters of a trie's first keys, as flags by character code. */
function firstCharsOf<P>(root: Node<P>): Uint8Array {
  const seen = new Uint8Array(1 << 16);
  for (const k of root.next.keys()) seen[k.charCodeAt(0) & 0xffff] = 1;
  if (root.upper) for (const k of root.upper.keys()) seen[k.charCodeAt(0) & 0xffff] = 1;
  return seen;
}

/** Follow the trie from key i on; `offset` turns key positions back into token indexes. */
function walk<P>(root: Node<P>, keys: readonly string[], i: number, offset: number, out: LexMatch<P>[]): void {
  let node: Node<P> | undefined = root;
  for (let j = i; j < keys.length && node; j++) {
    const k = keys[j]!;
    // Only the case-sensitive trie has capitals to fall back on.
    node = node.next.get(k) ?? node.upper?.get(k);
    if (node && node.entries.length) for (const entry of node.entries) out.push({ entry, from: i + offset, to: j + 1 + offset });
  }
}
