import type { Found } from './found';
import type { Text } from './dom-text';
import { domText, qsa, tagOf } from './dom-text';

/**
 * Words that adverts use and other long pages rarely combine (English, with a few French, German,
 * Spanish and Dutch ones). Text counts as an advert only with several of them, one of them strong.
 */
const STRONG =
  /\b(responsibilit|requirements|qualifications|salary|vacanc|duties|essential|desirable|closing date|full[- ]time|part[- ]time|permanent|you will|aufgaben|anforderungen|vollzeit|missions|requisitos|vacature)/gi;
const WEAK = /\b(experience|skills|role|candidate|position|team|benefits|contract|hours|apply|career|stakeholder|holiday|pension|hybrid|remote|knowledge|bewerbung|poste|erfahrung)/gi;

const distinct = (text: string, re: RegExp) => new Set(text.match(re)?.map((s) => s.toLowerCase())).size;

function advertScore(text: string): number {
  const t = text.slice(0, 20_000);
  const strong = distinct(t, STRONG);
  return strong && strong * 2 + distinct(t, WEAK);
}

const looksLikeAdvert = (text: string): boolean => text.length >= 300 && advertScore(text) >= 7;

const chars = (el: Element) => (el.textContent ?? '').slice(0, 20_000).replace(/\s+/g, ' ').trim().length;

/**
 * Readability-style: each paragraph or list item scores its container by its text length, links
 * excluded (lists count for the element around them); of the best containers, the first whose text
 * reads like an advert wins.
 */
export function fromGeneric(doc: Document, max: number): Found | null {
  const body = doc.body ?? doc.documentElement;
  const scores = new Map<Element, number>();
  const add = (el: Element | null | undefined, n: number) => el && scores.set(el, (scores.get(el) ?? 0) + n);
  // Reading text costs time on huge pages: scoring stops after a million characters.
  let spent = 0;
  for (const el of qsa(body, 'p,li,pre,td,dd,div').slice(0, 20_000)) {
    if (spent > 1e6) break;
    let n = 0;
    if (tagOf(el) === 'div') {
      // Text written straight into a container, lines split by <br>, scores the container itself.
      for (let c = el.firstChild; c && n < 5000; c = c.nextSibling) if (c.nodeType === 3) n += (c as CharacterData).data.trim().length;
      if (n >= 40) add(el, n);
      continue;
    }
    spent += n = chars(el);
    for (const a of qsa(el, 'a')) n -= chars(a);
    if (n < 20) continue;
    let host = el.parentElement;
    if (host && /^[uo]l$/.test(tagOf(host))) host = host.parentElement;
    add(host, Math.min(n, 5000));
    add(host?.parentElement, Math.min(n, 5000) / 4);
  }
  const ranked = [...scores]
    .filter(([el]) => el !== body && !/^(nav|footer|header|aside)$/.test(tagOf(el)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  let t: Text | undefined;
  for (const [el] of ranked) if (looksLikeAdvert((t = domText(el, max)).text)) return { text: t.text, truncated: t.truncated || undefined };
  return null;
}
