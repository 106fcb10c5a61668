// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectionPosting } from './index';
import { cleanLine, decodeEntities, htmlToText } from './text';

describe('selectionPosting', () => {
  const select = (el: Node | null) => {
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    if (el) {
      const r = document.createRange();
      r.selectNodeContents(el);
      sel.addRange(r);
    }
  };

  it('turns the selected advert into a Posting with its bullets', () => {
    document.body.innerHTML = `<nav>Menu</nav><div id="spec"><h2>Programme Office Coordinator</h2>
      <p>A six-month contract in a housing association's programme office.</p>
      <ul><li>Schedule the programme board</li><li>Keep the benefits register</li></ul></div><footer>Footer</footer>`;
    select(document.getElementById('spec'));
    const p = selectionPosting(document)!;
    expect(p.source).toBe('selection');
    expect(p.title).toBe('Programme Office Coordinator');
    expect(p.text.split('\n')).toEqual([
      'Programme Office Coordinator',
      "A six-month contract in a housing association's programme office.",
      '• Schedule the programme board',
      '• Keep the benefits register',
    ]);
    expect(p.text).not.toMatch(/Menu|Footer/);
  });

  it('gives null when nothing, or only a word, is selected', () => {
    document.body.innerHTML = '<p id="w">PMO</p>';
    select(null);
    expect(selectionPosting(document)).toBeNull();
    select(document.getElementById('w'));
    expect(selectionPosting(document)).toBeNull();
  });
});

describe('text helpers', () => {
  it('makes bullet glyphs and list dashes into "• " but leaves other dashes alone', () => {
    expect(cleanLine('  ▪   Own the   plan ')).toBe('• Own the plan');
    expect(cleanLine('- Book rooms')).toBe('• Book rooms');
    expect(cleanLine('* Minute meetings')).toBe('• Minute meetings');
    expect(cleanLine('-5% variance allowed')).toBe('-5% variance allowed');
    expect(cleanLine('•')).toBe('');
  });

  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('P3O &amp; MoP&#174; &#x2013; &quot;hybrid&quot; &bogus;')).toBe('P3O & MoP® – "hybrid" &bogus;');
  });

  it('drops scripts, styles and comments from an HTML description', () => {
    const t = htmlToText('<p>Keep</p><script>var a = "<p>no</p>";</script><style>p{}</style><!-- <p>no</p> --><p>Also keep</p>').text;
    expect(t).toBe('Keep\nAlso keep');
  });
});
