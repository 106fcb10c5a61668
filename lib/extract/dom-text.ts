import { joinLines, short } from './text';

/** Never read: code, styling, controls ("See more" buttons) and embedded documents. */
const SKIP = /^(script|style|noscript|template|svg|math|iframe|object|embed|canvas|button|select|option|input|textarea|head|link|meta)$/;
const BLOCK =
  /^(p|div|h[1-6]|ul|ol|li|tr|table|thead|tbody|tfoot|section|article|header|footer|main|aside|blockquote|pre|dl|dt|dd|hr|br|figure|figcaption|address|form|fieldset|details|summary|nav|caption)$/;

export const MAX_NODES = 200_000;

export const tagOf = (n: Node): string => ((n as Element).localName || n.nodeName || '').toLowerCase();

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const st = el.getAttribute('style');
  return !!st && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(st);
}

export interface Text {
  text: string;
  truncated: boolean;
}

/**
 * The text of a subtree as lines (blocks and <br> break lines, list items become "• item").
 * Walks textContent-style, so text that the page clamps behind "See more" is read, while text in
 * hidden elements is not. Bounded by a node count and a character count.
 */
export function domText(root: Node | null | undefined, max = 100_000, maxNodes = MAX_NODES): Text {
  const lines: string[] = [];
  if (!root) return { text: '', truncated: false };
  let line = '';
  let len = 0;
  let seen = 0;
  let truncated = false;
  const flush = (closing = false) => {
    // A list item whose text sits in a nested block keeps its bullet for that text.
    if (/^• \s*$/.test(line)) {
      if (closing) line = '';
      return;
    }
    if (line.trim()) {
      lines.push(line);
      len += line.length;
    }
    line = '';
  };
  const exit = (n: Node) => {
    if (n.nodeType === 1 && BLOCK.test(tagOf(n))) flush(tagOf(n) === 'li');
  };
  let cur: Node | null = root.firstChild;
  walk: while (cur) {
    if (++seen > maxNodes || len + line.length > max) {
      truncated = true;
      break;
    }
    let down = false;
    if (cur.nodeType === 3) {
      line += (cur as CharacterData).data;
    } else if (cur.nodeType === 1) {
      const tag = tagOf(cur);
      if (!SKIP.test(tag) && !isHidden(cur as Element)) {
        if (BLOCK.test(tag)) flush();
        if (tag === 'li') line = '• ';
        else if (tag === 'td' || tag === 'th') line += ' ';
        down = true;
      }
    } else if (cur.nodeType === 11) {
      down = true;
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

/** querySelector that tolerates selectors a DOM implementation does not support. */
export function qs(root: ParentNode | null | undefined, sel: string): Element | null {
  try {
    return root?.querySelector(sel) ?? null;
  } catch {
    return null;
  }
}

export function qsa(root: ParentNode | null | undefined, sel: string): Element[] {
  try {
    return root ? Array.from(root.querySelectorAll(sel)) : [];
  } catch {
    return [];
  }
}

/**
 * A field given as selectors in order of preference, as a label whose value follows it ("Salary"),
 * or computed from the page and its URL.
 */
export type Field = string | RegExp | ((root: ParentNode, url: URL) => string | null | undefined);

/** Text of a short element (title, company...) as one line. */
export function lineOf(el: Element | null | undefined): string | null {
  return el ? short(domText(el, 2000, 5000).text.replace(/\n/g, ' ')) : null;
}

/**
 * The value next to a label ("Closing date", "Salary"): a <dt>/<th>/heading/strong whose own text is
 * the label, read from the next element sibling (or the rest of its parent).
 */
export function labelled(root: ParentNode, re: RegExp): string | null {
  const els = qsa(root, 'dt,th,h2,h3,h4,h5,h6,strong,b,label');
  for (let i = 0; i < els.length && i < 20_000; i++) {
    const el = els[i]!;
    const own = el.textContent ?? '';
    if (own.length > 60 || !re.test(own.trim().replace(/:$/, ''))) continue;
    let sib = el.nextElementSibling;
    while (sib && isHidden(sib)) sib = sib.nextElementSibling;
    const v = sib ? lineOf(sib) : null;
    if (v) return v;
    const p = el.parentElement;
    const rest = p && (p.textContent ?? '').length < 400 ? lineOf(p) : null;
    const tail = rest?.slice(own.trim().length).replace(/^[\s:–-]+/, '');
    if (tail) return tail;
  }
  return null;
}

export function field(root: ParentNode, f: readonly Field[] | undefined, url: URL): string | null {
  for (const s of f ?? []) {
    const v = typeof s === 'string' ? lineOf(qs(root, s)) : typeof s === 'function' ? short(s(root, url)) : labelled(root, s);
    if (v) return v;
  }
  return null;
}

/** The first element among the selectors that carries real text (an empty placeholder is skipped). */
export function block(root: ParentNode, sels: readonly string[], max: number, min = 40): Text | null {
  for (const s of sels) {
    for (const el of qsa(root, s).slice(0, 5)) {
      const t = domText(el, max);
      if (t.text.length >= min) return t;
    }
  }
  return null;
}
