/**
 * In-page highlighting of certification names and key phrases. The page's text and markup
 * are never changed: matches become Ranges registered with the CSS Custom Highlight API,
 * which paints them without touching the DOM. Browsers without the API get no highlights.
 */

export const HIGHLIGHT_NAME = 'pmo-pathfinder';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'CANVAS']);

/** Bounds that keep a pathological page from freezing the tab. */
const MAX_TEXT = 2_000_000;
const MAX_MATCHES = 1_000;

const STYLE_RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #fde047; color: #1c1917; }`;

export interface PhraseRange {
  phrase: string;
  range: Range;
}

interface Position {
  node: Text;
  offset: number;
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

function blockOf(node: Node): Element | null {
  for (let p = node.parentElement; p; p = p.parentElement) {
    if (BLOCK_TAGS.has(p.tagName.toUpperCase())) return p;
  }
  return null;
}

function isSkipped(node: Node): boolean {
  for (let p = node.parentElement; p; p = p.parentElement) {
    if (SKIP_TAGS.has(p.tagName.toUpperCase()) || p.hidden || p.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/**
 * The visible text in reading order, lower-cased with whitespace collapsed, and for every
 * character the text node and offset it came from. Text in different blocks ("<li>PMP</li>
 * <li>CAPM</li>") is kept apart even when the markup has no whitespace between them.
 */
function collectText(doc: Document): { text: string; positions: Position[] } {
  const root = doc.body ?? doc.documentElement;
  const positions: Position[] = [];
  const parts: string[] = [];
  let length = 0;
  if (!root) return { text: '', positions };
  // NodeFilter.SHOW_TEXT, spelled out: not every DOM implementation exposes NodeFilter globally.
  const walker = doc.createTreeWalker(root, 4);
  let lastWasSpace = true;
  let lastBlock: Element | null | undefined;
  let lastPosition: Position | undefined;
  for (let n = walker.nextNode(); n && length < MAX_TEXT; n = walker.nextNode()) {
    const node = n as Text;
    if (isSkipped(node)) continue;
    const block = blockOf(node);
    if (lastBlock !== undefined && block !== lastBlock && !lastWasSpace && lastPosition) {
      parts.push(' ');
      positions.push(lastPosition);
      length++;
      lastWasSpace = true;
    }
    lastBlock = block;
    const data = node.data;
    for (let i = 0; i < data.length && length < MAX_TEXT; i++) {
      const ch = data[i] as string;
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u00a0' || /\s/.test(ch)) {
        if (lastWasSpace) continue;
        parts.push(' ');
        lastWasSpace = true;
      } else {
        const lower = ch.toLowerCase();
        // Case folding that changes length would break the index-to-node mapping.
        parts.push(lower.length === 1 ? lower : ch);
        lastWasSpace = false;
      }
      lastPosition = { node, offset: i };
      positions.push(lastPosition);
      length++;
    }
  }
  return { text: parts.join(''), positions };
}

function normalisePhrase(phrase: string): string {
  return Array.from(phrase.replace(/\s+/g, ' ').trim())
    .map((ch) => {
      const lower = ch.toLowerCase();
      return lower.length === 1 ? lower : ch;
    })
    .join('');
}

/**
 * Finds every whole-word, case-insensitive occurrence of each phrase in the visible text of
 * the document, tolerating differences in whitespace and line breaks.
 */
export function findPhraseRanges(doc: Document, phrases: readonly string[]): PhraseRange[] {
  const wanted = [...new Set(phrases.map(normalisePhrase).filter((p) => p.length >= 2))];
  if (wanted.length === 0) return [];
  const { text, positions } = collectText(doc);
  const found: Array<{ at: number; phrase: string; range: Range }> = [];
  // Longer phrases first so that "PRINCE2 Practitioner" wins over "PRINCE2" where both match.
  wanted.sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([ts, te]) => s < te && e > ts);
  for (const phrase of wanted) {
    let from = 0;
    while (found.length < MAX_MATCHES) {
      const at = text.indexOf(phrase, from);
      if (at < 0) break;
      const end = at + phrase.length;
      from = at + 1;
      if (isWordChar(text[at - 1]) && isWordChar(phrase[0])) continue;
      if (isWordChar(text[end]) && isWordChar(phrase[phrase.length - 1])) continue;
      if (overlaps(at, end)) continue;
      const start = positions[at];
      const last = positions[end - 1];
      if (!start || !last) continue;
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(last.node, last.offset + 1);
      taken.push([at, end]);
      found.push({ at, phrase, range });
    }
  }
  // Document order, so the ranges read top to bottom like the page.
  return found.sort((a, b) => a.at - b.at).map(({ phrase, range }) => ({ phrase, range }));
}

interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): unknown };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & { Highlight?: HighlightApi['Highlight'] }) | null;
  const registry = (view as { CSS?: { highlights?: HighlightApi['registry'] } } | null)?.CSS?.highlights;
  if (!view || !registry || typeof view.Highlight !== 'function') return null;
  return { registry, Highlight: view.Highlight };
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

function installStyle(doc: Document): void {
  if (sheets.has(doc)) return;
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  // A constructed sheet adds no element to the page, so the page's own DOM stays as it was.
  if (!view?.CSSStyleSheet || !Array.isArray(doc.adoptedStyleSheets)) return;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(STYLE_RULE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    sheets.set(doc, sheet);
  } catch {
    // Without the sheet the browser's default highlight colours still apply.
  }
}

/** Highlights the phrases on the page; returns how many places were marked. */
export function applyHighlights(doc: Document, phrases: string[]): number {
  const api = highlightApi(doc);
  if (!api) return 0;
  const found = findPhraseRanges(doc, phrases);
  if (found.length === 0) {
    api.registry.delete(HIGHLIGHT_NAME);
    return 0;
  }
  installStyle(doc);
  api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...found.map((f) => f.range)));
  return found.length;
}

export function clearHighlights(doc: Document): void {
  highlightApi(doc)?.registry.delete(HIGHLIGHT_NAME);
  const sheet = sheets.get(doc);
  if (sheet) {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheets.delete(doc);
  }
}
