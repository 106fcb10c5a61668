/**
 * Plain-text helpers shared by every reader. No DOM here: JSON-LD descriptions are HTML strings, and
 * parsing them with the page's DOM would mean running the page's markup through innerHTML.
 */

const ENT: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', bull: '•',
  hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', pound: '£', euro: '€', middot: '·',
  trade: '™', copy: '©', reg: '®', eacute: 'é', egrave: 'è', agrave: 'à', uuml: 'ü', ouml: 'ö', auml: 'ä',
  szlig: 'ß', ccedil: 'ç', shy: '',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] !== '#') return ENT[e.toLowerCase()] ?? m;
    const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    try {
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    } catch {
      return m;
    }
  });
}

/** One line of output: collapsed whitespace, and any bullet glyph a page uses turned into "• ". */
export function cleanLine(s: string): string {
  return s
    .replace(/[\s\u200b\u00a0]+/g, ' ')
    .trim()
    .replace(/^(?:[•·▪●◦‣∙*–-]\s*)+(?=\S)/, (m) => (/^[*–-]+$/.test(m) ? m : '• '))
    .replace(/^•$/, '');
}

/** Joins lines, drops empty ones and caps the length. */
export function joinLines(lines: string[], max: number): { text: string; truncated: boolean } {
  const out: string[] = [];
  let len = 0;
  for (const raw of lines) {
    const l = cleanLine(raw);
    if (!l) continue;
    if (len + l.length > max) {
      if (max - len > 0) out.push(l.slice(0, max - len));
      return { text: out.join('\n'), truncated: true };
    }
    out.push(l);
    len += l.length + 1;
  }
  return { text: out.join('\n'), truncated: false };
}

const BLOCK_TAGS =
  'p|div|h[1-6]|ul|ol|li|tr|table|thead|tbody|section|article|header|footer|main|aside|blockquote|pre|dl|dt|dd|hr|figure|figcaption|address|form|fieldset|details|summary|nav';

/** HTML (or HTML that was escaped once more) to lines of text, bullets as "• item". */
export function htmlToText(input: string, max = 100_000): { text: string; truncated: boolean } {
  let s = input.length > max * 20 ? input.slice(0, max * 20) : input;
  if (!/<[a-z!/]/i.test(s) && /&lt;\/?[a-z]/i.test(s)) s = decodeEntities(s);
  if (/<[a-z!/]/i.test(s)) {
    s = s
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template|svg|head|button)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/\s+/g, ' ')
      .replace(/<li\b[^>]*>/gi, '\n\uE000 ')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
      .replace(/<\/?t[dh]\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/\uE000[\s]*/g, '\uE000 ')
      .replace(/\uE000/g, '•');
  }
  const r = joinLines(decodeEntities(s).split(/\r?\n|\r/), max);
  return { text: r.text, truncated: r.truncated || s.length < input.length };
}

/** A short single-line value (title, company, ...) or null when it is empty or absurdly long. */
export function short(v: unknown, maxLen = 300): string | null {
  if (typeof v === 'number') v = String(v);
  if (typeof v !== 'string') return null;
  const s = cleanLine(decodeEntities(v.replace(/<[^>]*>/g, ' ')));
  return s && s.length <= maxLen ? s : null;
}

export const norm = (s: string | null | undefined): string =>
  (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
