import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { domText } from './dom-text';
import { lines, PARSERS } from '../../tests/extract/helpers';

const ADVERT = `
  <p>Riverside Museums is looking for a Project Support Officer to join a small project management office.</p>
  <h2>Responsibilities</h2>
  <ul><li>Keep the project plans, RAID logs and action trackers up to date</li><li>Book and minute the monthly project board</li><li>Prepare the highlight report for the leadership team</li></ul>
  <h2>Requirements</h2>
  <ul><li>Some experience supporting projects in an office role</li><li>Good Excel skills and a tidy approach to documents</li></ul>
  <p>Salary £26,500, full-time and permanent, with 28 days holiday and a pension. Apply with a CV before the closing date.</p>`;

const NAV = `<nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/c/${i}">Collection area number ${i} with a long link name</a></li>`).join('')}</ul></nav>`;

const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Careers | Riverside Museums</title><meta property="og:site_name" content="Riverside Museums">${head}</head><body>${body}</body></html>`;

describe.each(PARSERS)('generic fallback (%s)', (_n, parse) => {
  const run = (html: string, url = 'https://www.riverside-museums.test/careers/project-support-officer') => extract(parse(html, url), { url });

  it('takes the largest block of advert-like text, its h1 as title and og:site_name as company', () => {
    const html = page(`${NAV}<header><h1>Project Support Officer</h1></header><main><article>${ADVERT}</article></main>
      <aside><p>Related: our volunteering programme has places for weekend guides this autumn.</p></aside><footer><p>© Riverside Museums, registered charity.</p></footer>`);
    const p = run(html)!;
    expect(p.source).toBe('generic');
    expect(p.title).toBe('Project Support Officer');
    expect(p.company).toBe('Riverside Museums');
    const ls = lines(p.text);
    expect(ls[0]).toBe('Riverside Museums is looking for a Project Support Officer to join a small project management office.');
    expect(ls).toContain('Responsibilities');
    expect(ls).toContain('• Book and minute the monthly project board');
    expect(p.text).not.toMatch(/Collection area|volunteering|registered charity/);
  });

  it('reads text written straight into a container with <br> line breaks', () => {
    const brs = ADVERT.replace(/<\/?(p|ul|h2)>/g, '').replace(/<li>/g, '- ').replace(/<\/li>/g, '<br>');
    const p = run(page(`<h1>Project Support Officer</h1><div class="jd">${brs}</div>`))!;
    expect(lines(p.text)).toContain('• Book and minute the monthly project board');
  });

  it('reads an advert in another language', () => {
    const de = `<h1>PMO Referent (m/w/d)</h1><div class="stelle">
      <p>Für unser Portfolio-Management-Office suchen wir ab sofort Verstärkung in Vollzeit.</p>
      <h3>Ihre Aufgaben</h3><ul><li>Pflege der Projektberichte und des Risikoregisters</li><li>Vorbereitung der Lenkungskreise gemeinsam mit dem Team</li></ul>
      <h3>Ihre Anforderungen</h3><ul><li>Erste Erfahrung im Projektmanagement oder in einem PMO</li><li>Sicherer Umgang mit Excel und Power BI</li></ul>
      <p>Wir freuen uns auf Ihre Bewerbung über unser Portal.</p></div>`;
    const p = run(page(de), 'https://karriere.beispiel.test/stelle/42')!;
    expect(p.title).toBe('PMO Referent (m/w/d)');
    expect(lines(p.text)).toContain('• Pflege der Projektberichte und des Risikoregisters');
  });

  it('gives null for a long page that is not a job advert', () => {
    const article = `<h1>Restoring the Victorian glasshouse</h1><article>${Array.from(
      { length: 12 },
      (_, i) =>
        `<p>Part ${i + 1}: the glazing bars were taken down one by one, cleaned of old putty and painted with linseed paint before the panes went back. Volunteers counted every pane and photographed the ironwork so that the gardeners could see how the frame had moved over a century of winters.</p>`,
    ).join('')}</article>`;
    expect(run(page(NAV + article), 'https://blog.example.test/glasshouse')).toBeNull();
  });

  it('gives null for an empty page, a page of links, and a search results page', () => {
    expect(run('<html><body></body></html>')).toBeNull();
    expect(run(page(NAV + NAV))).toBeNull();
    const cards = Array.from({ length: 20 }, (_, i) => `<li><a href="/job/${i}"><h3>PMO Analyst ${i}</h3><span>Full-time, permanent, salary £35,000, apply now</span></a></li>`).join('');
    expect(run(page(`<main><ul>${cards}</ul></main>`))).toBeNull();
  });

  it('never reads scripts, styles, templates, svg or hidden elements', () => {
    const hidden = `
      <script>var leak = "SCRIPT-TEXT";</script><style>.x{content:"STYLE-TEXT"}</style><noscript>NOSCRIPT-TEXT</noscript>
      <template><p>TEMPLATE-TEXT</p></template><svg><title>SVG-TEXT</title></svg>
      <p hidden>HIDDEN-ATTR-TEXT</p><p aria-hidden="true">ARIA-HIDDEN-TEXT</p><p style="color:red; display: none">DISPLAY-NONE-TEXT</p>
      <div style="visibility:hidden">VISIBILITY-TEXT</div><button>BUTTON-TEXT</button>`;
    const p = run(page(`<h1>Project Support Officer</h1><main><article>${ADVERT}${hidden}</article></main>`))!;
    expect(p.text).toContain('Book and minute the monthly project board');
    expect(p.text).not.toMatch(/[A-Z]+-TEXT/);
  });

  it('reads text that the page clamps behind "See more" (present in the DOM, styled away)', () => {
    const clamped = `<h1>Project Support Officer</h1><div class="desc clamp" style="max-height: 80px; overflow: hidden">${ADVERT}</div><button>See more</button>`;
    const p = run(page(clamped))!;
    expect(p.text).toMatch(/before the closing date\.$/);
    expect(p.text).not.toContain('See more');
  });
});

describe.each(PARSERS)('huge and hostile pages (%s)', (name, parse) => {
  // happy-dom itself needs many seconds to build a 100,000-node page; the CLI's linkedom does not.
  it.skipIf(name === 'happy-dom')('caps a 100,000-node advert and marks it truncated', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => `<li>Maintain portfolio report number ${i}</li>`).join('');
    const html = `<html><body><h1 data-testid="jobsearch-JobInfoHeader-title">PMO Analyst</h1><div id="jobDescriptionText"><p>Responsibilities of the role.</p><ul>${items}</ul></div></body></html>`;
    const url = 'https://uk.indeed.com/viewjob?jk=0123456789abcdef';
    const p = extract(parse(html, url), { url })!;
    expect(p.source).toBe('indeed');
    expect(p.truncated).toBe(true);
    expect(p.text.length).toBeLessThanOrEqual(100_000);
    expect(lines(p.text)[1]).toBe('• Maintain portfolio report number 0');
  });

  it('stops walking after the node budget even when the text is short', () => {
    const doc = parse(`<html><body><div>${'<span></span>'.repeat(3000)}<p>after the budget</p></div></body></html>`);
    const r = domText(doc.body, 100_000, 1000);
    expect(r.truncated).toBe(true);
    expect(r.text).not.toContain('after the budget');
    expect(domText(doc.body).text).toBe('after the budget');
  });

  it('never throws, whatever it is given', () => {
    const throwing = new Proxy({} as Document, {
      get() {
        throw new Error('hostile page');
      },
    });
    expect(extract(throwing)).toBeNull();
    expect(extract(null as unknown as Document)).toBeNull();
    expect(extract({} as Document, { url: 'https://www.linkedin.com/jobs/view/123456/' })).toBeNull();
    const doc = parse('<html><body><p>x</p></body></html>');
    (doc as unknown as { querySelectorAll: () => never }).querySelectorAll = () => {
      throw new Error('broken DOM');
    };
    expect(() => extract(doc, { url: 'https://uk.indeed.com/viewjob?jk=1' })).not.toThrow();
  });
});
