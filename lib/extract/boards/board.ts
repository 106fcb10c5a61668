import type { Found } from '../found';
import type { Field, Text } from '../dom-text';
import { block, field, qs } from '../dom-text';

export interface Board {
  id: string;
  matches(url: string): boolean;
  extract(doc: Document, url: string, maxChars?: number): Found | null;
}

export interface Spec {
  id: string;
  host: RegExp;
  /** Tested against pathname + search; absent means any page of the host. */
  path?: RegExp;
  /** Containers of the advert, most specific first; fields are looked up inside the first found. */
  root?: readonly string[];
  title: readonly Field[];
  company?: readonly Field[];
  location?: readonly Field[];
  salary?: readonly Field[];
  employmentType?: readonly Field[];
  datePosted?: readonly Field[];
  closingDate?: readonly Field[];
  jobId?: readonly Field[];
  text: readonly string[] | ((root: ParentNode, max: number) => Text | null);
  /** The canonical advert URL, for boards whose address bar shows a search page. */
  url?: (u: URL, jobId: string | null) => string | null;
}

export function toUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL parameter or the first group of a path pattern, for jobId fields. */
export const param = (name: string): Field => (_r, u) => u.searchParams.get(name);
export const pathId = (re: RegExp): Field => (_r, u) => re.exec(u.pathname)?.[1];

export function defineBoard(s: Spec): Board {
  return {
    id: s.id,
    matches(url) {
      const u = toUrl(url);
      return !!u && s.host.test(u.hostname) && (!s.path || s.path.test(u.pathname + u.search));
    },
    extract(doc, url, max = 100_000) {
      const u = toUrl(url);
      if (!u) return null;
      let root: ParentNode = doc;
      for (const r of s.root ?? []) {
        const el = qs(doc, r);
        if (el) {
          root = el;
          break;
        }
      }
      const t = typeof s.text === 'function' ? s.text(root, max) : block(root, s.text, max);
      const title = field(root, s.title, u);
      if (!title && !t) return null;
      const jobId = field(root, s.jobId, u);
      return {
        title,
        company: field(root, s.company, u),
        location: field(root, s.location, u),
        text: t?.text ?? '',
        truncated: t?.truncated || undefined,
        jobId,
        salary: field(root, s.salary, u),
        employmentType: field(root, s.employmentType, u),
        datePosted: field(root, s.datePosted, u),
        closingDate: field(root, s.closingDate, u),
        url: s.url?.(u, jobId) ?? null,
      };
    },
  };
}
