import { describe, expect, it } from 'vitest';
import { boundDepth } from './depth';
import { parseHtml } from './html';

const nested = (n: number) => `<html><body><h1>PMO Analyst</h1>${'<div>'.repeat(n)}<p>Deep text</p>${'</div>'.repeat(n)}<p>After</p></body></html>`;

function depthOf(doc: Document): number {
  let max = 0;
  let el: Element | null = doc.body;
  for (let d = 0; el; d++, el = el.firstElementChild?.tagName === 'H1' ? el.children[1] ?? null : el.firstElementChild) max = d;
  return max;
}

describe('bounding the nesting of a saved page', () => {
  it('leaves out open and end tags past the limit and keeps their text', () => {
    const r = boundDepth(nested(2000), 100);
    expect(r.flattened).toBeGreaterThan(2 * 1900);
    const doc = parseHtml(r.html);
    expect(depthOf(doc)).toBeLessThanOrEqual(102);
    expect(doc.body.textContent).toBe('PMO AnalystDeep textAfter');
  });

  it('leaves ordinary pages alone, unclosed paragraphs and list items included', () => {
    const page = `<html><head><script>if (a<b) log("<div><div><div>")</script><!-- <div><div> --></head><body>${'<ul><li>one<li>two</ul><p>para<p>para '.repeat(3000)}<br><img src=x></body></html>`;
    expect(boundDepth(page, 20)).toEqual({ html: page, flattened: 0 });
  });

  it('the command line parser bounds the page it is given', () => {
    const doc = parseHtml(nested(5000));
    expect(depthOf(doc)).toBeLessThanOrEqual(514);
    expect(doc.body.textContent).toContain('Deep text');
  });
});
