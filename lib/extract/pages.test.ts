import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { fixture } from './boards/cases';
import { PARSERS } from '../../tests/extract/helpers';

const ADVERT = `<h2>About Acme Robotics</h2>
<p>Acme Robotics builds warehouse robots and is opening a project management office for its product launches across Europe.</p>
<h2>The role</h2>
<p>You will set up the PMO, run the portfolio reporting cycle and keep the RAID log for twelve launch projects.</p>
<ul><li>Build the monthly portfolio dashboard for the leadership team</li><li>Run stage-gate reviews and track benefits</li><li>Coach project managers on planning and risk management</li></ul>
<h2>What you bring</h2>
<ul><li>Five years of experience in a PMO, ideally in hardware</li><li>PRINCE2 Practitioner or PMP is essential</li><li>Strong stakeholder skills and a full-time commitment to hybrid working in Berlin</li></ul>
<p>Salary £70,000 to £80,000, share options and 30 days holiday. Apply with a short note on the PMO you would build.</p>`;

describe.each(PARSERS)('reading real-world page shapes (%s)', (_name, parse) => {
  it('a page of search results with no job open is no advert', () => {
    const csj = fixture('civil-service-jobs-search.html');
    expect(extract(parse(csj, 'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=abc'), { url: 'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=abc' })).toBeNull();
    expect(extract(parse(csj))).toBeNull();
    // SEEK's search with no job picked: the same page without the side panel.
    const seek = fixture('seek.html').replace(/<div data-automation="splitViewJobDetailsWrapper">[\s\S]*<\/div>\s*<\/div>\s*<\/div>\s*<\/body>/, '</div></body>');
    const url = 'https://www.seek.com.au/pmo-jobs/in-Brisbane-QLD-4000';
    expect(extract(parse(seek, url), { url })).toBeNull();
  });

  it('a saved Civil Service Jobs advert without its address is read whole, every section, without its contents list or share links', () => {
    const p = extract(parse(fixture('civil-service-jobs.html')))!;
    expect(p.source).toBe('civil-service-jobs');
    expect(p.title).toBe('Portfolio Office Lead');
    expect(p.company).toBe('Department for Coastal Affairs');
    for (const line of ['Summary', 'Job description', 'Person specification', 'Benefits', '• P3O Foundation or PRINCE2 Foundation is desirable', '£52,000 - £58,000'])
      expect(p.text.split('\n')).toContain(line);
    expect(p.text).not.toMatch(/Contents|Share this page|Facebook|must not appear/);
  });

  it('a startup-jobs page: the title without the company, the employer rather than the site, the whole advert', () => {
    const html = `<html><head><title>PMO Lead at Acme Robotics | Startup Jobs</title><meta property="og:site_name" content="Startup Jobs"></head><body>
      <header><nav><a href="/">Startup Jobs</a><a href="/post">Post a job</a></nav></header>
      <main><article><h1>PMO Lead at Acme Robotics</h1><p>Berlin · Full-time</p><div class="job-body">${ADVERT}</div>
      <div class="share-buttons"><a href="https://twitter.com/share">Share on X</a></div></article>
      <aside><h2>Similar jobs</h2><ul><li><a href="/j/2">Project Manager at Other Co</a></li><li><a href="/j/3">PMO Analyst at Third Co</a></li></ul></aside></main>
      <div class="cookie-notice">We use cookies on this site to understand how you use it.</div></body></html>`;
    const p = extract(parse(html, 'https://startup.jobs/pmo-lead-acme-robotics-123'), { url: 'https://startup.jobs/pmo-lead-acme-robotics-123' })!;
    expect(p.title).toBe('PMO Lead');
    expect(p.company).toBe('Acme Robotics');
    expect(p.text).toMatch(/^About Acme Robotics\n/);
    expect(p.text).toMatch(/Apply with a short note on the PMO you would build\.$/);
    expect(p.text).not.toMatch(/Similar jobs|Share on X|cookies/);
  });

  it('a LinkedIn page in the 2026 layout never takes the tab title as the job title', () => {
    const url = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4055555555';
    const p = extract(parse(fixture('linkedin-2026.html'), url), { url })!;
    expect(p.title).toBe('PMO Lead');
    expect(p.text).not.toMatch(/Card text|Company blurb|Easy Apply/);
  });
});
