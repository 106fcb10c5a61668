// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { HIGHLIGHT_NAME, highlightPage } from './highlight';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const originalCss = Object.getOwnPropertyDescriptor(window, 'CSS');

/** Gives the page a Custom Highlight registry that keeps the ranges it is handed. */
function fakeHighlightApi(): Map<string, { ranges: Range[] }> {
  const registry = new Map<string, { ranges: Range[] }>();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  (window as unknown as { Highlight?: unknown }).Highlight = class {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  return registry;
}

/** The places highlightPage marks, as the Ranges it registered. */
function findPhraseRanges(doc: Document, phrases: readonly string[]): { range: Range }[] {
  const registry = fakeHighlightApi();
  highlightPage(phrases, doc);
  return (registry.get(HIGHLIGHT_NAME)?.ranges ?? []).map((range) => ({ range }));
}

afterEach(() => {
  document.body.innerHTML = '';
  if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
  delete (window as unknown as { Highlight?: unknown }).Highlight;
});

describe('highlightPage finds', () => {
  it('finds phrases case-insensitively across inline markup and line breaks', () => {
    const doc = page('<h1>PMO Analyst</h1><p>You will hold <b>P3O</b>\n   foundation and use the raid log daily.</p>');
    const found = findPhraseRanges(doc, ['P3O Foundation', 'RAID log']);
    expect(found.map((f) => f.range.toString())).toEqual(['P3O\n   foundation', 'raid log']);
  });

  it('matches whole words only', () => {
    const doc = page('<p>PMPs and the PMP exam; CAPMS is not CAPM.</p>');
    const found = findPhraseRanges(doc, ['PMP', 'CAPM']);
    expect(found.map((f) => f.range.toString())).toEqual(['PMP', 'CAPM']);
    // The PMP that counts is the one before "exam", not the start of "PMPs".
    expect(found[0]?.range.startOffset).toBe('PMPs and the '.length);
  });

  it('keeps separate list items apart even without whitespace between them', () => {
    const doc = page('<ul><li>PMP</li><li>CAPM</li></ul>');
    expect(findPhraseRanges(doc, ['CAPM', 'PMP']).map((f) => f.range.toString())).toEqual(['PMP', 'CAPM']);
  });

  it('prefers the longer phrase where two overlap', () => {
    const doc = page('<p>PRINCE2 Practitioner preferred; PRINCE2 alone is fine.</p>');
    const texts = findPhraseRanges(doc, ['PRINCE2', 'PRINCE2 Practitioner']).map((f) => f.range.toString());
    expect(texts).toContain('PRINCE2 Practitioner');
    expect(texts.filter((t) => t === 'PRINCE2')).toHaveLength(1);
  });

  it('ignores scripts, styles and form fields', () => {
    const doc = page('<script>var x = "MoP";</script><style>.MoP{}</style><textarea>MoP</textarea><p>No match here</p>');
    expect(findPhraseRanges(doc, ['MoP'])).toEqual([]);
  });

  it('returns nothing for empty or blank phrases', () => {
    const doc = page('<p>Anything</p>');
    expect(findPhraseRanges(doc, ['', '  ', 'a'])).toEqual([]);
  });
});

describe('highlightPage marks', () => {
  it('does nothing and returns 0 where the Custom Highlight API is missing', () => {
    const doc = page('<p>P3O Foundation</p>');
    const before = doc.body.innerHTML;
    expect(highlightPage(['P3O Foundation'], doc)).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('registers the ranges without changing the page text', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    (window as unknown as { Highlight?: unknown }).Highlight = FakeHighlight;
    const doc = page('<p>P3O Foundation is essential. MoP is desirable, and so is P3O foundation.</p>');
    const before = doc.body.innerHTML;
    expect(highlightPage(['P3O Foundation', 'MoP', 'ITIL'], doc)).toBe(3);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString())).toEqual(['P3O Foundation', 'MoP', 'P3O foundation']);
    expect(doc.body.innerHTML).toBe(before);
    highlightPage([], doc);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});

describe('highlightPage as injected', () => {
  it('works when compiled on its own, with nothing from its module in scope', () => {
    // scripting.executeScript sends only the function's source; a fresh realm proves it
    // refers to nothing outside its own body.
    const isolated = runInNewContext(`(${highlightPage.toString()})`) as typeof highlightPage;
    const registry = new Map<string, { ranges: Range[] }>();
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    (window as unknown as { Highlight?: unknown }).Highlight = class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
    const doc = page('<h2>Requirements</h2><ul><li>MSP Practitioner</li><li>MoP</li></ul>');
    expect(isolated(['MSP Practitioner', 'MoP'], doc)).toBe(2);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString())).toEqual(['MSP Practitioner', 'MoP']);
    expect(isolated([], doc)).toBe(0);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
