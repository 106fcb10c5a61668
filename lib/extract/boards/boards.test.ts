import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '../../boards';
import { extract } from '../index';
import { BOARDS, boardFor } from './index';
import { CASES, fixture } from './cases';
import { lines, PARSERS } from '../../../tests/extract/helpers';

/** A WebExtension match pattern ("*://*.seek.com.au/*") as a regular expression over URLs. */
function matchPattern(p: string): RegExp {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(p)!;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const h = host!.startsWith('*.') ? `([^/]+\\.)?${esc(host!.slice(2))}` : esc(host!);
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${h}(:\\d+)?${esc(path!).replace(/\\\*/g, '.*').replace(/\*/g, '.*')}$`);
}

/** Every fixture carries the same invented advert body; these lines prove it was read in full. */
function expectFullAdvert(text: string) {
  const ls = lines(text);
  expect(ls).toContain('About the role');
  expect(ls).toContain('• Maintain the RAID log and chase owners for updates every fortnight');
  // A bullet whose text sits in a nested <p> keeps its bullet.
  expect(ls).toContain('• Prepare the monthly portfolio dashboard in Power BI for the change board');
  expect(ls).toContain('What you will bring');
  expect(ls).toContain('• P3O Foundation or PRINCE2 Foundation is desirable');
  expect(text).toMatch(/Apply with your CV by the closing date\.$/m);
  expect(text).not.toMatch(/must not appear|See more|Show more|Show less|Easy Apply/);
}

describe.each(PARSERS)('board adapters (%s)', (_name, parse) => {
  it.each(CASES)('$board reads $file', (c) => {
    const p = extract(parse(fixture(c.file), c.url), { url: c.url });
    expect(p).not.toBeNull();
    expect(p!.source).toBe(c.board);
    expect(p!.title).toBe(c.title);
    expect(p!.company).toBe(c.company);
    for (const k of ['location', 'jobId', 'salary', 'employmentType', 'closingDate'] as const) {
      if (c[k]) expect(p![k], k).toBe(c[k]);
    }
    if (c.canonical) expect(p!.url).toBe(c.canonical);
    expect(p!.agency ?? null, 'agency').toEqual(c.agency ? { name: c.agency } : null);
    expect(p!.truncated).toBeUndefined();
    if (!c.ownAdvert) expectFullAdvert(p!.text);
  });

  it('a saved page without its address is known by the markup of boards that have one', () => {
    const marked = CASES.filter((c) => BOARDS.find((b) => b.id === c.board)?.marker && !/rel="canonical"/.test(fixture(c.file)));
    expect(marked.map((c) => c.board).sort()).toEqual(['ashby', 'civil-service-jobs', 'seek', 'smartrecruiters']);
    for (const c of marked) {
      const p = extract(parse(fixture(c.file)))!;
      expect(p.source, c.file).toBe(c.board);
      expect(p.title, c.file).toBe(c.title);
      expectFullAdvert(p.text);
    }
  });

  it('lever reads a description split across sibling sections', () => {
    const url = 'https://jobs.lever.co/quayside/1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718';
    const p = extract(parse(fixture('lever.html'), url), { url })!;
    expect(p.source).toBe('lever');
    expect(p.title).toBe('Programme Analyst');
    expect(p.company).toBe('Quayside Foods');
    expect(p.location).toBe('Glasgow');
    expect(p.employmentType).toBe('Full-time');
    const ls = lines(p.text);
    expect(ls[0]).toBe('Quayside Foods is modernising its supply chain through a programme of twelve projects.');
    expect(ls).toContain('What you will do');
    expect(ls).toContain('• Track benefits against the business case');
    expect(ls).toContain('• MSP Foundation is desirable');
    expect(p.text).not.toContain('Apply for this job');
  });

  it('linkedin split view reads the job of currentJobId, not the cards around it', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4022222222&keywords=pmo';
    const p = extract(parse(fixture('linkedin-split.html'), url), { url })!;
    expect(p.source).toBe('linkedin');
    expect(p.title).toBe('Portfolio Office Manager');
    expect(p.company).toBe('Brightwater Rail');
    expect(p.location).toBe('Derby, England, United Kingdom');
    expect(p.jobId).toBe('4022222222');
    expect(p.url).toBe('https://www.linkedin.com/jobs/view/4022222222/');
    expect(p.text).not.toMatch(/Ferncliff|Copperfield/);
    expectFullAdvert(p.text);
  });

  it('linkedin split view follows the pane while it still shows the previous job', () => {
    // The address already names the next job; the pane has not been replaced yet.
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4033333333';
    const p = extract(parse(fixture('linkedin-split.html'), url), { url })!;
    expect(p.title).toBe('Portfolio Office Manager');
    expect(p.jobId).toBe('4022222222');
  });
});

describe('board selection by URL', () => {
  it('takes the URL from the options, else the document, else its canonical or og:url link', async () => {
    const { parseHtml } = await import('../html');
    const html = fixture('reed.html');
    expect(extract(parseHtml(html, 'https://www.reed.co.uk/jobs/pmo-coordinator/51234567'))!.source).toBe('reed');
    // No address at all: the canonical link names the board.
    expect(extract(parseHtml(html))!.source).toBe('reed');
    const ogOnly = html.replace(/<link rel="canonical"[^>]*>/, '<meta property="og:url" content="https://www.reed.co.uk/jobs/pmo-coordinator/51234567">');
    expect(extract(parseHtml(ogOnly))!.source).toBe('reed');
    // An explicit address wins over the page's own links.
    expect(extract(parseHtml(html), { url: 'https://intranet.example.test/jobs/1' })!.source).toBe('generic');
  });

  it('each adapter claims its own adverts and no other board claims them', () => {
    for (const c of CASES) expect(boardFor(c.url)?.id, c.url).toBe(c.board);
  });

  it('leaves unrelated and look-alike hosts to the generic readers', () => {
    for (const u of [
      'https://example.com/jobs/view/123',
      'https://notlinkedin.com/jobs/view/123',
      'https://reed.co.uk.evil.test/jobs/x/12345678',
      'not a url',
      '',
    ])
      expect(boardFor(u), u).toBeNull();
  });

  it('every adapter has a fixture, a case and a host permission that covers its case', () => {
    const patterns = BOARD_MATCHES.map(matchPattern);
    for (const b of BOARDS) {
      const mine = CASES.filter((c) => c.board === b.id);
      expect(mine.length, `${b.id} has no case`).toBeGreaterThan(0);
      for (const c of mine) {
        expect(existsSync(fileURLToPath(new URL(`./fixtures/${c.file}`, import.meta.url))), c.file).toBe(true);
        expect(patterns.some((re) => re.test(c.url)), `no BOARD_MATCHES pattern covers ${c.url}`).toBe(true);
      }
    }
    // Every host permission belongs to some adapter: no access is asked for a board that is not read.
    for (const p of BOARD_MATCHES) {
      const host = /^\*:\/\/([^/]+)/.exec(p)![1]!.replace(/^\*\./, 'www.');
      expect(BOARDS.some((b) => b.host.test(host)), p).toBe(true);
    }
  });
});
