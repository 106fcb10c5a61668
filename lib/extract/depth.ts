/**
 * Bounds how deeply a saved page's elements nest before it is parsed in Node. The DOM library the
 * command line uses slows down sharply on very deep trees (tens of thousands of nested elements),
 * while browsers stop nesting at 512 levels and add deeper elements as siblings. This does the
 * same on the markup: open tags past the limit and their end tags are left out, their text kept.
 * One linear pass; the markup is rebuilt only when something was left out.
 */
export const MAX_DEPTH = 512;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
// Elements whose end tag pages often leave out: a new one closes an open one near the top.
const IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

export interface Bounded {
  html: string;
  /** How many element tags were left out. */
  flattened: number;
}

export function boundDepth(html: string, max = MAX_DEPTH): Bounded {
  const stack: string[] = [];
  const excess = new Map<string, number>();
  const cut: [number, number][] = [];
  const lower = html.toLowerCase();
  const re = /<!--|<(\/?)([a-zA-Z][\w:-]*)\b[^<>]*?(\/?)>/g;
  for (let m; (m = re.exec(html)); ) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', re.lastIndex);
      re.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const over = excess.get(name) ?? 0;
      if (over > 0) {
        excess.set(name, over - 1);
        cut.push([m.index, re.lastIndex]);
        continue;
      }
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (RAW.has(name)) {
      const end = lower.indexOf(`</${name}`, re.lastIndex);
      re.lastIndex = end < 0 ? html.length : end;
    }
    if (VOID.has(name) || m[3] || RAW.has(name)) continue;
    if (IMPLIED.has(name)) {
      const at = stack.lastIndexOf(name);
      if (at >= 0 && at >= stack.length - 3) stack.length = at;
    }
    if (stack.length >= max) {
      excess.set(name, (excess.get(name) ?? 0) + 1);
      cut.push([m.index, re.lastIndex]);
    } else stack.push(name);
  }
  if (!cut.length) return { html, flattened: 0 };
  let out = '';
  let from = 0;
  for (const [a, b] of cut) {
    out += html.slice(from, a);
    from = b;
  }
  return { html: out + html.slice(from), flattened: cut.length };
}
