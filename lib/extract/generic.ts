import type { Found } from './found';
import type { Text } from './dom-text';
import { domText, isHidden, qs, qsa, tagOf } from './dom-text';
import { short } from './text';

/**
 * Words that adverts use and other long pages rarely combine (English, French, German, Spanish,
 * Dutch). A page needs several of these, one of them strong, before its text counts as an advert.
 */
const STRONG =
  /\b(responsibilit|requirements|qualifications|salary|vacanc|job description|duties|essential criteria|desirable|closing date|full[- ]time|part[- ]time|permanent|fixed[- ]term|we are looking for|you will|apply now|how to apply|person specification|stellenbeschreibung|aufgaben|anforderungen|ihr profil|vollzeit|teilzeit|profil recherché|vos missions|temps plein|requisitos|vacature|functieomschrijving)/gi;
const WEAK =
  /\b(experience|skills|role|candidate|position|team|benefits|contract|hours|apply|application|employer|career|report(?:ing)? to|stakeholder|holiday|pension|hybrid|remote|office|knowledge|ability|bewerbung|candidature|poste|erfahrung|experiencia)/gi;

const words = (el: Element) => (el.textContent ?? '').slice(0, 20_000).replace(/\s+/g, ' ').trim().length;

export function advertScore(text: string): number {
  const sample = text.slice(0, 20_000);
  const strong = new Set((sample.match(STRONG) ?? []).map((s) => s.toLowerCase()));
  const weak = new Set((sample.match(WEAK) ?? []).map((s) => s.toLowerCase()));
  return strong.size ? strong.size * 2 + weak.size : 0;
}

export const looksLikeAdvert = (text: string): boolean => text.length >= 300 && advertScore(text) >= 7;

const meta = (doc: Document, p: string) =>
  short(qs(doc, `meta[property="${p}"]`)?.getAttribute('content') ?? qs(doc, `meta[name="${p}"]`)?.getAttribute('content'));

export function pageTitle(doc: Document): string | null {
  const h1 = qsa(doc, 'h1').find((h) => !isHidden(h));
  return (h1 && short(h1.textContent, 200)) ?? meta(doc, 'og:title') ?? short(doc.title, 200);
}

/**
 * Readability-style: each paragraph or list item scores its container by its text length (lists count
 * for the element around them); the container with the most text wins, and must read like an advert.
 */
export function fromGeneric(doc: Document, max: number): Found | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const add = (el: Element | null, n: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + n);
  };
  for (const el of qsa(body, 'p,li,pre,td,dd,div').slice(0, 20_000)) {
    const tag = tagOf(el);
    let n = 0;
    if (tag === 'div') {
      // Text written straight into a container, lines split by <br>, scores the container itself.
      for (let c = el.firstChild; c && n < 5000; c = c.nextSibling) if (c.nodeType === 3) n += (c as CharacterData).data.trim().length;
      if (n >= 40) add(el, n);
      continue;
    }
    // Link text does not count: lists of other jobs and menus are mostly links.
    n = words(el);
    for (const a of qsa(el, 'a')) n -= words(a);
    n = Math.min(n, 5000);
    if (n < 20) continue;
    let host = el.parentElement;
    if (tag === 'li' && host && /^(ul|ol)$/.test(tagOf(host))) host = host.parentElement;
    add(host, n);
    add(host?.parentElement ?? null, n / 4);
  }
  // The best-scoring containers, in order; the first that reads like an advert wins.
  const ranked = [...scores]
    .filter(([el]) => el !== body && !/^(nav|footer|header|aside)$/.test(tagOf(el)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  let t: Text | null = null;
  for (const [el] of ranked) {
    const c = domText(el, max);
    if (looksLikeAdvert(c.text)) {
      t = c;
      break;
    }
  }
  if (!t) return null;
  return {
    title: pageTitle(doc),
    company: meta(doc, 'og:site_name'),
    text: t.text,
    truncated: t.truncated || undefined,
  };
}
