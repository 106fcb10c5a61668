/**
 * Plain-text functions shared by every reader. No DOM here: JSON-LD descriptions are HTML strings, and
 * parsing them with the page's DOM would mean running the page's markup through innerHTML.
 */

// JSON-LD carries other characters as themselves; these are the ones markup has to escape.
const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    const n = e[0] !== '#' ? NaN : /x/i.test(e[1]!) ? parseInt(e.slice(2), 16) : +e.slice(1);
    return n === n ? (n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m) : (ENT[e.toLowerCase()] ?? m);
  });

/** Elements that start a new line of text. */
export const BLOCK =
  'p|div|h[1-6]|ul|ol|li|tr|table|section|article|header|footer|main|aside|blockquote|pre|dl|dt|dd|hr|br|figure|figcaption|form|details|summary|nav';

/** One line of output: collapsed whitespace, and any bullet glyph a page uses turned into "• ". */
export const cleanLine = (s: string): string =>
  s
    .replace(/[\s\u200b]+/g, ' ')
    .trim()
    .replace(/^(?:[•·▪●◦‣∙*–-]\s*)+(?=\S)/, (m) => (/^[*–-]+$/.test(m) ? m : '• '))
    .replace(/^•$/, '');

export interface Text {
  text: string;
  truncated: boolean;
}

/** Joins lines, drops empty ones and caps the length. */
export function joinLines(lines: string[], max: number): Text {
  const text = lines.map(cleanLine).filter(Boolean).join('\n');
  return { text: text.slice(0, max), truncated: text.length > max };
}

/**
 * Drops comments and the content of script-like elements in one linear pass: a lazy regex would go
 * quadratic on a hostile description full of unclosed "<script".
 */
function dropCode(s: string): string {
  const lower = s.toLowerCase();
  const re = /<!--|<(script|style|noscript|template|svg|button)\b/gi;
  let out = '';
  let from = 0;
  for (let m; (m = re.exec(s)); ) {
    out += s.slice(from, m.index);
    const end = m[1] ? lower.indexOf(`</${m[1].toLowerCase()}`, re.lastIndex) : lower.indexOf('-->', re.lastIndex);
    from = end < 0 ? s.length : lower.indexOf('>', end) + 1 || s.length;
    re.lastIndex = from;
  }
  return out + s.slice(from);
}

/** HTML (or HTML that was escaped once more) to lines of text, bullets as "• item". */
export function htmlToText(input: string, max = 100_000): Text {
  let s = input.slice(0, max * 20);
  if (!/<[a-z!/]/i.test(s) && /&lt;\/?[a-z]/i.test(s)) s = decodeEntities(s);
  // Tag patterns stop at the next "<" so that text full of stray "<" stays linear.
  if (/<[a-z!/]/i.test(s))
    s = dropCode(s)
      .replace(/\s+/g, ' ')
      // A list item whose text sits in a nested block keeps its bullet for that text.
      .replace(/<li\b[^<>]*>(\s*<(p|div|span)\b[^<>]*>)*/gi, '\n• ')
      .replace(new RegExp(`</?(${BLOCK})\\b[^<>]*>`, 'gi'), '\n')
      .replace(/<[^<>]*>/g, '');
  const r = joinLines(decodeEntities(s).split(/[\r\n]+/), max);
  return { text: r.text, truncated: r.truncated || input.length > max * 20 };
}

/** A short single-line value (title, company...), or null when it is empty or absurdly long. */
export function short(v: unknown, maxLen = 300): string | null {
  const s = typeof v === 'string' || typeof v === 'number' ? cleanLine(decodeEntities(String(v).slice(0, 10 * maxLen).replace(/<[^<>]*>/g, ' '))) : '';
  return s && s.length <= maxLen ? s : null;
}

export const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
