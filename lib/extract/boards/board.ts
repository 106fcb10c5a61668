import type { Found } from '../found';
import type { Fields, Sel, Text } from '../dom-text';
import { block, field, qs } from '../dom-text';

export interface Board {
  id: string;
  /** The hosts it reads; its pages are a subset, chosen by matches(). */
  host: RegExp;
  /** Markup only this board's adverts carry, to know a saved page that has no address. */
  marker?: string;
  matches(url: string): boolean;
  extract(doc: Document, url: string, maxChars?: number): Found | null;
}

export interface Spec {
  id: string;
  host: RegExp;
  /** Markup only this board's adverts carry, to know a saved page that has no address. */
  marker?: string;
  /** Tested against pathname + search; absent means any page of the host. */
  path?: RegExp;
  /** Containers of the advert, most specific first ("a|b"); fields are looked up in the first found. */
  root?: string;
  title: Fields;
  company?: Fields;
  location?: Fields;
  salary?: Fields;
  employmentType?: Fields;
  datePosted?: Fields;
  closingDate?: Fields;
  jobId?: Fields;
  /** Description containers in order of preference ("a|b"), or a reader of its own. */
  text: string | ((root: ParentNode, max: number) => Text | null);
  /** The canonical advert URL, for boards whose address bar may show a search page. */
  url?: (u: URL, jobId: string | null) => string | null;
}

function toUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL parameter or the first group of a path pattern, for jobId fields. */
export const param =
  (name: string): Sel =>
  (_r, u) =>
    u.searchParams.get(name);
export const pathId =
  (re: RegExp): Sel =>
  (_r, u) =>
    re.exec(u.pathname)?.[1];

/** Selectors on one attribute, in order of preference: at('data-qa', 'a', 'b') is '[data-qa="a"]|[data-qa="b"]'. */
export const at = (attr: string, ...values: string[]): string => values.map((v) => `[${attr}="${v}"]`).join('|');

const FIELDS = ['company', 'location', 'salary', 'employmentType', 'datePosted', 'closingDate'] as const;

export function defineBoard(s: Spec): Board {
  return {
    id: s.id,
    host: s.host,
    marker: s.marker,
    matches(url) {
      const u = toUrl(url);
      return !!u && s.host.test(u.hostname) && (!s.path || s.path.test(u.pathname + u.search));
    },
    extract(doc, url, max = 100_000) {
      const u = toUrl(url);
      if (!u) return null;
      const root = (s.root ?? '').split('|').map((r) => r && qs(doc, r)).find(Boolean) || doc;
      const t = typeof s.text === 'function' ? s.text(root, max) : block(root, s.text, max);
      const title = field(root, s.title, u) ?? field(root, 'h1', u);
      if (!title && !t) return null;
      const jobId = field(root, s.jobId, u);
      const f: Found = { title, text: t?.text ?? '', truncated: t?.truncated || undefined, jobId, url: s.url?.(u, jobId) };
      for (const k of FIELDS) f[k] = field(root, s[k], u);
      return f;
    },
  };
}
