import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { lines, PARSERS } from '../../tests/extract/helpers';

const page = (head: string, body = '<h1>Heading on the page</h1>') =>
  `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const DESC =
  '<p>The Change Directorate needs a <b>PMO Analyst</b> to run portfolio reporting.</p><h3>Key duties</h3><ul><li>Collate highlight reports</li><li>Maintain the risk register</li></ul><p>P3O Foundation desirable.</p>';

const posting = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'PMO Analyst',
  description: DESC,
  hiringOrganization: { '@type': 'Organization', name: 'Fairhaven Borough Council' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Fairhaven', addressRegion: 'Kent', addressCountry: { name: 'GB' } } },
  datePosted: '2026-10-05',
  validThrough: '2026-11-02',
  employmentType: ['FULL_TIME', 'PERMANENT'],
  identifier: { '@type': 'PropertyValue', value: 'FBC-7781' },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { minValue: 34000, maxValue: 38500, unitText: 'YEAR' } },
  ...over,
});

describe.each(PARSERS)('JSON-LD (%s)', (_n, parse) => {
  const run = (html: string, url = 'https://careers.fairhaven.test/jobs/123') => extract(parse(html, url), { url });

  it('reads every field and turns the HTML description into lines with bullets and headings', () => {
    const p = run(page(ld(posting())))!;
    expect(p.source).toBe('jsonld');
    expect(p.title).toBe('PMO Analyst');
    expect(p.company).toBe('Fairhaven Borough Council');
    expect(p.location).toBe('Fairhaven, Kent, GB');
    expect(p.jobId).toBe('FBC-7781');
    expect(p.datePosted).toBe('2026-10-05');
    expect(p.closingDate).toBe('2026-11-02');
    expect(p.employmentType).toBe('FULL_TIME, PERMANENT');
    expect(p.salary).toBe('GBP 34,000–38,500 per year');
    expect(lines(p.text)).toEqual([
      'The Change Directorate needs a PMO Analyst to run portfolio reporting.',
      'Key duties',
      '• Collate highlight reports',
      '• Maintain the risk register',
      'P3O Foundation desirable.',
    ]);
  });

  it('finds the posting inside @graph and inside a top-level array', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, posting()] };
    expect(run(page(ld(graph)))!.title).toBe('PMO Analyst');
    expect(run(page(ld([{ '@type': 'Organization', name: 'x' }, posting({ title: 'Portfolio Analyst' })])))!.title).toBe(
      'Portfolio Analyst',
    );
  });

  it('of several postings picks the one whose url matches the page', () => {
    const html = page(
      ld([
        posting({ title: 'Project Coordinator', url: 'https://careers.fairhaven.test/jobs/100' }),
        posting({ title: 'Head of PMO', url: 'https://careers.fairhaven.test/jobs/123' }),
      ]),
    );
    expect(run(html)!.title).toBe('Head of PMO');
  });

  it('of several postings without urls picks the one titled like the visible heading', () => {
    const html = page(ld(posting({ title: 'Project Coordinator' })) + ld(posting({ title: 'PMO Manager' })), '<h1>PMO Manager</h1>');
    expect(run(html, 'https://careers.fairhaven.test/vacancy')!.title).toBe('PMO Manager');
  });

  it('decodes a description that was HTML-escaped once more', () => {
    const escaped = DESC.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const p = run(page(ld(posting({ description: escaped }))))!;
    expect(lines(p.text)).toContain('• Maintain the risk register');
    expect(p.text).not.toMatch(/[<>]|&lt;/);
  });

  it('keeps a plain-text description line by line, with dash bullets made bullets', () => {
    const p = run(page(ld(posting({ description: 'Role summary line for the PMO support post.\n- Book the steering group\n- Minute the boards' }))))!;
    expect(lines(p.text)).toEqual(['Role summary line for the PMO support post.', '• Book the steering group', '• Minute the boards']);
  });

  it('ignores malformed JSON-LD and still reads a valid block next to it', () => {
    const html = page(`<script type="application/ld+json">{"@type": "JobPosting", "title": </script>${ld(posting())}`);
    expect(run(html)!.title).toBe('PMO Analyst');
  });

  it('recovers JSON-LD with raw line breaks inside strings and trailing commas', () => {
    const raw = `{"@type":"JobPosting","title":"PMO Officer","description":"<p>First line of the advert for the PMO officer post.</p>
<p>Second line about portfolio reporting duties.</p>",}`;
    const p = run(page(`<script type="application/ld+json">${raw}</script>`))!;
    expect(p.title).toBe('PMO Officer');
    expect(lines(p.text)).toContain('Second line about portfolio reporting duties.');
  });

  it('a page with only malformed JSON-LD and nothing advert-like gives null', () => {
    expect(run(page('<script type="application/ld+json">{not json</script>', '<p>Short page.</p>'))).toBeNull();
  });

  it('lying JSON-LD (empty description) does not hide the advert written on the page', () => {
    const body = `<h1>Programme Support Officer</h1><main><div class="vacancy">
      <p>We are looking for a Programme Support Officer to join the transformation office of a regional charity.</p>
      <h2>Responsibilities</h2><ul><li>Maintain the programme plan and RAID log for the board</li><li>Prepare highlight reports and track actions with stakeholders</li></ul>
      <h2>Requirements</h2><ul><li>Experience supporting projects or programmes in a PMO team</li><li>Skills in Excel and reporting; PRINCE2 Foundation desirable</li></ul>
      <p>Salary £28,000, full-time, permanent, with a generous pension. Apply by the closing date.</p></div></main>`;
    const p = run(page(ld(posting({ title: 'Programme Support Officer', description: '' })), body))!;
    expect(p.source).toBe('generic');
    expect(p.title).toBe('Programme Support Officer');
    expect(p.company).toBe('Fairhaven Borough Council');
    expect(lines(p.text)).toContain('• Maintain the programme plan and RAID log for the board');
  });

  it('lying JSON-LD (token description, absurd title, wrong types) and no advert on the page gives null', () => {
    const p = run(page(ld(posting({ title: 'x'.repeat(5000), description: 'tbc', hiringOrganization: 42, jobLocation: [null, 7] }))));
    expect(p).toBeNull();
  });

  it('drops an absurd title but keeps a real description', () => {
    const p = run(page(ld(posting({ title: 'PMO '.repeat(400), name: undefined }))))!;
    expect(p.title).toBe('Heading on the page');
    expect(p.text).toContain('Maintain the risk register');
  });

  it('caps a huge description and marks it truncated', () => {
    const big = '<p>' + 'Portfolio reporting and assurance duties. '.repeat(20_000) + '</p>';
    const p = run(page(ld(posting({ description: big }))))!;
    expect(p.text.length).toBe(100_000);
    expect(p.truncated).toBe(true);
    const small = extract(parse(page(ld(posting())), 'https://x.test/'), { maxChars: 50 })!;
    expect(small.text.length).toBe(50);
    expect(small.truncated).toBe(true);
  });
});

describe.each(PARSERS)('microdata (%s)', (_n, parse) => {
  it('reads a JobPosting written with itemprop attributes', () => {
    const html = page(
      '',
      `<div itemscope itemtype="https://schema.org/JobPosting">
        <h1 itemprop="title">Portfolio Office Manager</h1>
        <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Northmoor Trust</span></div>
        <span itemprop="jobLocation">York</span>
        <meta itemprop="datePosted" content="2026-09-30">
        <time itemprop="validThrough" datetime="2026-10-31">31 October</time>
        <div itemprop="description"><p>Lead the portfolio office of a growing trust.</p><ul><li>Own the portfolio roadmap</li><li>Run the investment committee cycle</li></ul></div>
      </div>`,
    );
    const p = extract(parse(html, 'https://northmoor.test/careers/17'), { url: 'https://northmoor.test/careers/17' })!;
    expect(p.source).toBe('microdata');
    expect(p.title).toBe('Portfolio Office Manager');
    expect(p.company).toBe('Northmoor Trust');
    expect(p.location).toBe('York');
    expect(p.datePosted).toBe('2026-09-30');
    expect(p.closingDate).toBe('2026-10-31');
    expect(lines(p.text)).toEqual(['Lead the portfolio office of a growing trust.', '• Own the portfolio roadmap', '• Run the investment committee cycle']);
  });
});

describe('hostile descriptions', () => {
  it('stays linear on thousands of unclosed tags and stray "<"', async () => {
    const { htmlToText } = await import('./text');
    const hostile = '<p>Start of the advert text here.</p>' + '<script x'.repeat(20_000) + '<li <<<'.repeat(20_000);
    const r = htmlToText(hostile);
    expect(r.text.split('\n')[0]).toBe('Start of the advert text here.');
    const r2 = htmlToText('<p>Kept before the comment.</p>' + '<!-- open '.repeat(30_000) + '<p>lost</p>');
    expect(r2.text).toBe('Kept before the comment.');
    const r3 = htmlToText('<ul>' + '<li '.repeat(20_000) + '</ul><p>After the list.</p>', 1e6);
    expect(r3.text.split('\n').pop()).toBe('After the list.');
  });
});
