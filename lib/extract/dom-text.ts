import type { Text } from './text';
import { BLOCK, joinLines, short } from './text';

export type { Text } from './text';

/**
 * Never read: code, styling, controls ("See more" buttons), embedded documents, and the page's own
 * furniture around an advert: navigation (contents lists), side rails, dialogs.
 */
const SKIP = /^(script|style|noscript|template|svg|iframe|object|button|select|textarea|nav|aside|dialog)$/;
const SKIP_ROLE = /^(navigation|complementary|dialog|alertdialog|search|toolbar|tablist)$/;
// Share links, cookie notices, breadcrumbs, apply boxes and rails of other jobs, named as such by the page.
const FURNITURE =
  /(^|[\s_-])(cookies?|consent|onetrust|share|sharing|social|breadcrumbs?|toc|apply-?(box|button|panel|wrapper|cta)|(similar|related|recommended|more|other)-?jobs?)([\s_-]|$)/i;
const BLOCK_RE = new RegExp(`^(${BLOCK})$`);

export const tagOf = (n: Node): string => ((n as Element).localName || n.nodeName || '').toLowerCase();

/** A list whose every item is only a link: contents, share or "more jobs" links, not advert text. */
function isLinkList(el: Element): boolean {
  const items = el.children;
  if (items.length < 2) return false;
  for (const li of Array.from(items).slice(0, 50)) {
    const text = (li.textContent ?? '').trim();
    const linked = Array.from(li.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    if (!text || linked < text.length * 0.9) return false;
  }
  return true;
}

const isFurniture = (el: Element, tag: string): boolean =>
  SKIP_ROLE.test(el.getAttribute('role') ?? '') ||
  FURNITURE.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-automation') ?? ''} ${el.getAttribute('data-at') ?? ''}`) ||
  ((tag === 'ul' || tag === 'ol') && isLinkList(el));

const isHidden = (el: Element): boolean =>
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '');

/**
 * The text of a subtree as lines (blocks and <br> break lines, list items become "• item").
 * Walks textContent-style, so text that the page clamps behind "See more" is read, while text in
 * hidden elements is not. Bounded by a node count and a character count.
 */
export function domText(root: Node | null | undefined, max = 100_000, maxNodes = 200_000): Text {
  const lines: string[] = [];
  let line = '';
  let len = 0;
  let seen = 0;
  let truncated = false;
  const flush = (closing?: boolean) => {
    // A list item whose text sits in a nested block keeps its bullet for that text, also when
    // indented markup puts white space between the item and the block.
    if (/^• \s*$/.test(line)) {
      line = closing ? '' : '• ';
      return;
    }
    lines.push(line);
    len += line.length;
    line = '';
  };
  const exit = (n: Node) => {
    const t = tagOf(n);
    if (n.nodeType === 1 && BLOCK_RE.test(t)) flush(t === 'li');
  };
  let cur: Node | null = root?.firstChild ?? null;
  walk: while (cur) {
    if (++seen > maxNodes || len + line.length > max) {
      truncated = true;
      break;
    }
    let down = cur.nodeType === 11;
    if (cur.nodeType === 3) line += (cur as CharacterData).data;
    else if (cur.nodeType === 1) {
      const tag = tagOf(cur);
      if (!SKIP.test(tag) && !isHidden(cur as Element) && (cur === root || !isFurniture(cur as Element, tag))) {
        if (BLOCK_RE.test(tag)) flush();
        if (tag === 'li') line = '• ';
        if (tag === 'td' || tag === 'th') line += ' ';
        down = true;
      }
    }
    if (down && cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    if (down) exit(cur);
    while (!cur.nextSibling) {
      cur = cur.parentNode;
      if (!cur || cur === root) break walk;
      exit(cur);
    }
    cur = cur.nextSibling;
  }
  flush();
  const r = joinLines(lines, max);
  return { text: r.text, truncated: truncated || r.truncated };
}

/** querySelectorAll that tolerates selectors a DOM implementation does not support. */
export function qsa(root: ParentNode | null | undefined, sel: string): Element[] {
  try {
    return Array.from(root?.querySelectorAll(sel) ?? []);
  } catch {
    return [];
  }
}

export const qs = (root: ParentNode | null | undefined, sel: string): Element | null => qsa(root, sel)[0] ?? null;

/** Text of a short element (title, company...) as one line. */
export const lineOf = (el: Element | null | undefined): string | null =>
  el ? short(domText(el, 2000, 5000).text.replace(/\n/g, ' ')) : null;

/**
 * The value next to a label ("Closing date", "Salary"): a <dt>, <th>, heading or bold text that
 * reads as the label, its value in the next element (or the rest of its parent).
 */
export function labelled(root: ParentNode, re: RegExp): string | null {
  for (const el of qsa(root, 'dt,th,h2,h3,h4,h5,strong,b,label').slice(0, 5000)) {
    const own = (el.textContent ?? '').trim();
    if (own.length > 60 || !re.test(own.replace(/:$/, ''))) continue;
    const v = lineOf(el.nextElementSibling);
    if (v) return v;
    const p = el.parentElement;
    const tail = p && (p.textContent ?? '').length < 400 ? lineOf(p)?.slice(own.length).replace(/^[\s:–-]+/, '') : null;
    if (tail) return tail;
  }
  return null;
}

/**
 * Where a field is on a board: selectors in order of preference ("a|b" tries a, then b), a label
 * whose value follows it, or a function of the page and its URL.
 */
export type Sel = string | RegExp | ((root: ParentNode, url: URL) => string | null | undefined);
export type Fields = Sel | readonly Sel[];

export function field(root: ParentNode, f: Fields | undefined, url: URL): string | null {
  for (const s of ([] as Sel[]).concat(f ?? []))
    for (const x of typeof s === 'string' ? s.split('|') : [s]) {
      const v = typeof x === 'string' ? lineOf(qs(root, x)) : typeof x === 'function' ? short(x(root, url)) : labelled(root, x);
      if (v) return v;
    }
  return null;
}

/** The first element among the selectors that carries real text (an empty placeholder is skipped). */
export function block(root: ParentNode, sels: string, max: number): Text | null {
  for (const s of sels.split('|'))
    for (const el of qsa(root, s).slice(0, 5)) {
      const t = domText(el, max);
      if (t.text.length >= 40) return t;
    }
  return null;
}

export const meta = (doc: Document, p: string): string | null =>
  short(qs(doc, `meta[property="${p}"],meta[name="${p}"]`)?.getAttribute('content'));

/** The visible h1, else og:title, else the document title. */
export const pageTitle = (doc: Document): string | null =>
  short(qsa(doc, 'h1').find((h) => !isHidden(h))?.textContent, 200) ?? meta(doc, 'og:title') ?? short(doc.title, 200);
