import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../lib/analyze';
import { AnalysisSchema } from '../../lib/analysis';
import { PostingSchema, postingFromText } from '../../lib/posting';
import { parseHtml } from '../../lib/extract/html';
import { extract } from '../../lib/extract';

// Words that steer the matcher into its interesting paths, mixed with arbitrary text.
const domainWords = [
  'PMO', 'Head of PMO', 'Project Support Officer', 'PRINCE2', 'P3O®', 'essential', 'desirable', 'Band 7',
  'programme office', 'RAID log', 'MoP', 'line manage', 'portfolio', 'Analyst', 'Director', 'ePMO', '•', '\n',
  'APMP', 'we will support you to gain', 'Grade 7', 'Scrum Master', 'Jefe de proyecto', 'über', '&amp;', '<li>',
];
const advertText = fc
  .array(fc.oneof(fc.constantFrom(...domainWords), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })), {
    maxLength: 120,
  })
  .map((parts) => parts.join(' '));

const tag = fc.constantFrom('div', 'p', 'li', 'ul', 'h1', 'h2', 'span', 'script', 'style', 'article', 'main', 'template', 'b');
const htmlTree: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    advertText.map((t) => t.replace(/[<>]/g, ' ')),
    fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
    fc.constantFrom(
      '<script type="application/ld+json">{"@type":"JobPosting","title":"PMO Analyst","description":"<p>Maintain the RAID log</p>"}</script>',
      '<script type="application/ld+json">{"@graph":[{"@type":"JobPosting","title":null}]}</script>',
      '<script type="application/ld+json">{broken json</script>',
      '<meta property="og:title" content="Head of PMO">',
      '<div hidden>PMO Director hidden text</div>',
    ),
  ),
})).node;

describe('analysis of arbitrary text', () => {
  it('never throws, always fits the Analysis schema, and gives the same answer twice', () => {
    fc.assert(
      fc.property(advertText, (text) => {
        const posting = postingFromText(text);
        const first = analyze(posting);
        expect(AnalysisSchema.safeParse(first).success).toBe(true);
        expect(analyze(posting)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extraction of arbitrary pages', () => {
  it('never throws, returns null or a valid Posting, and is deterministic', () => {
    fc.assert(
      fc.property(htmlTree, fc.constantFrom(undefined, 'https://www.reed.co.uk/jobs/pmo-analyst/51234', 'https://example.org/careers/7'), (body, url) => {
        const html = `<!doctype html><html><head><title>Careers</title></head><body>${body}</body></html>`;
        const first = extract(parseHtml(html, url), { url });
        if (first !== null) expect(PostingSchema.safeParse(first).success).toBe(true);
        expect(extract(parseHtml(html, url), { url })).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
