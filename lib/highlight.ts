/**
 * In-page highlighting of certification names and key phrases. The page's text and markup
 * are never changed: matches become Ranges registered with the CSS Custom Highlight API,
 * which paints them without touching the DOM. Browsers without the API get no highlights.
 */

/** The highlight's name in the page's registry; highlightPage spells it out again inside, since it is injected alone. */
export const HIGHLIGHT_NAME = 'pmo-pathfinder';

/**
 * Highlights the phrases in `doc` (the current document when omitted) and returns how many
 * places were marked; an empty list clears the highlights.
 *
 * The popup injects this function into the tab with scripting.executeScript, which sends
 * the function's source on its own. So everything it needs is declared inside its body:
 * it must never refer to anything else in this module.
 */
export function highlightPage(phrases: readonly string[], doc?: Document): number {
  const NAME = 'pmo-pathfinder';
  const RULE = `::highlight(${NAME}) { background-color: #fde047; color: #1c1917; }`;
  // Bounds that keep a pathological page from freezing the tab.
  const MAX_TEXT = 2_000_000;
  const MAX_MATCHES = 1_000;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'CANVAS']);
  const BLOCKS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
    'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
    'TABLE', 'TD', 'TH', 'TR', 'UL',
  ]);

  const d = doc ?? document;
  const view = d.defaultView as (Window & { Highlight?: new (...ranges: Range[]) => unknown; CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  const registry = (view as { CSS?: { highlights?: { set(n: string, h: unknown): unknown; delete(n: string): unknown } } } | null)?.CSS
    ?.highlights;
  const api = view && registry && typeof view.Highlight === 'function' ? { registry, Highlight: view.Highlight } : null;
  const ours = (s: CSSStyleSheet) => {
    try {
      return s.cssRules.length === 1 && (s.cssRules[0]?.cssText ?? '').includes(`::highlight(${NAME})`);
    } catch {
      return false;
    }
  };
  const sheets = (): CSSStyleSheet[] => (Array.isArray(d.adoptedStyleSheets) ? d.adoptedStyleSheets : []);

  const fold = (ch: string) => {
    const lower = ch.toLowerCase();
    // Case folding that changes length would break the index-to-node mapping.
    return lower.length === 1 ? lower : ch;
  };
  const wanted = [...new Set(phrases.map((p) => Array.from(p.replace(/\s+/g, ' ').trim()).map(fold).join('')).filter((p) => p.length >= 2))];

  if (wanted.length === 0) {
    api?.registry.delete(NAME);
    const kept = sheets().filter((s) => !ours(s));
    if (kept.length !== sheets().length) d.adoptedStyleSheets = kept;
    return 0;
  }

  // The visible text in reading order, folded, whitespace collapsed, with the text node and
  // offset behind every character. Text in different blocks ("<li>PMP</li><li>CAPM</li>")
  // is kept apart even when the markup has no whitespace between them.
  type Position = { node: Text; offset: number };
  const positions: Position[] = [];
  const parts: string[] = [];
  const root = d.body ?? d.documentElement;
  if (root) {
    // NodeFilter.SHOW_TEXT, spelled out: not every DOM implementation exposes NodeFilter globally.
    const walker = d.createTreeWalker(root, 4);
    let lastWasSpace = true;
    let lastBlock: Element | null | undefined;
    let last: Position | undefined;
    for (let n = walker.nextNode(); n && positions.length < MAX_TEXT; n = walker.nextNode()) {
      const node = n as Text;
      let skipped = false;
      let block: Element | null = null;
      for (let p = node.parentElement; p; p = p.parentElement) {
        const tag = p.tagName.toUpperCase();
        if (SKIP.has(tag) || p.hidden || p.getAttribute('aria-hidden') === 'true') {
          skipped = true;
          break;
        }
        if (!block && BLOCKS.has(tag)) block = p;
      }
      if (skipped) continue;
      if (lastBlock !== undefined && block !== lastBlock && !lastWasSpace && last) {
        parts.push(' ');
        positions.push(last);
        lastWasSpace = true;
      }
      lastBlock = block;
      const data = node.data;
      for (let i = 0; i < data.length && positions.length < MAX_TEXT; i++) {
        const ch = data[i] as string;
        if (/\s/.test(ch)) {
          if (lastWasSpace) continue;
          parts.push(' ');
          lastWasSpace = true;
        } else {
          parts.push(fold(ch));
          lastWasSpace = false;
        }
        last = { node, offset: i };
        positions.push(last);
      }
    }
  }
  const text = parts.join('');

  const isWord = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
  const matches: Array<{ at: number; phrase: string; range: Range }> = [];
  const taken: Array<[number, number]> = [];
  // Longer phrases first so that "PRINCE2 Practitioner" wins over "PRINCE2" where both match.
  wanted.sort((a, b) => b.length - a.length);
  for (const phrase of wanted) {
    let from = 0;
    while (matches.length < MAX_MATCHES) {
      const at = text.indexOf(phrase, from);
      if (at < 0) break;
      const end = at + phrase.length;
      from = at + 1;
      if (isWord(text[at - 1]) && isWord(phrase[0])) continue;
      if (isWord(text[end]) && isWord(phrase[phrase.length - 1])) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      const start = positions[at];
      const stop = positions[end - 1];
      if (!start || !stop) continue;
      const range = d.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(stop.node, stop.offset + 1);
      taken.push([at, end]);
      matches.push({ at, phrase, range });
    }
  }
  // Document order, so the ranges read top to bottom like the page.
  matches.sort((a, b) => a.at - b.at);
  if (!api) return 0;

  if (matches.length === 0) {
    api.registry.delete(NAME);
    return 0;
  }
  if (!sheets().some(ours) && view?.CSSStyleSheet) {
    try {
      // A constructed sheet adds no element to the page, so the page's own DOM stays as it was.
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(RULE);
      d.adoptedStyleSheets = [...sheets(), sheet];
    } catch {
      // Without the sheet the browser's default highlight colours still apply.
    }
  }
  api.registry.set(NAME, new api.Highlight(...matches.map((m) => m.range)));
  return matches.length;
}
