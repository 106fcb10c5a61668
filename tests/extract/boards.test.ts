import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract/index';
import { BOARDS, boardFor } from '../../lib/extract/boards/index';
import { fixture, lines, PARSERS } from './helpers';

interface Case {
  file: string;
  url: string;
  source: string;
  title: string;
  company: string;
  location?: string;
  jobId?: string;
  salary?: string;
  employmentType?: string;
  closingDate?: string;
  canonical?: string;
}

const CASES: Case[] = [
  {
    file: 'linkedin-signed-in.html',
    url: 'https://www.linkedin.com/jobs/view/4012345678/',
    source: 'linkedin',
    title: 'PMO Analyst',
    company: 'Larkspur Energy',
    location: 'Leeds, England, United Kingdom',
    jobId: '4012345678',
    canonical: 'https://www.linkedin.com/jobs/view/4012345678/',
  },
  {
    file: 'linkedin-public.html',
    url: 'https://uk.linkedin.com/jobs/view/project-support-officer-at-marlow-insurance-4098765432',
    source: 'linkedin',
    title: 'Project Support Officer',
    company: 'Marlow Insurance',
    location: 'Bristol, England, United Kingdom',
    jobId: '4098765432',
    employmentType: 'Full-time',
  },
  {
    file: 'indeed-viewjob.html',
    url: 'https://uk.indeed.com/viewjob?jk=a1b2c3d4e5f60718&from=serp',
    source: 'indeed',
    title: 'Senior PMO Officer',
    company: 'Tidewater Water Services',
    location: 'Exeter EX1',
    jobId: 'a1b2c3d4e5f60718',
    salary: '£38,000 - £42,000 a year',
    employmentType: 'Full-time',
    closingDate: '2026-11-30T23:59',
    canonical: 'https://uk.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
  },
  {
    file: 'indeed-split.html',
    url: 'https://uk.indeed.com/jobs?q=pmo&l=Manchester&vjk=3333cccc4444dddd',
    source: 'indeed',
    title: 'PMO Lead',
    company: 'Northgate Health',
    location: 'Manchester M1',
    jobId: '3333cccc4444dddd',
    canonical: 'https://uk.indeed.com/viewjob?jk=3333cccc4444dddd',
  },
  {
    file: 'reed.html',
    url: 'https://www.reed.co.uk/jobs/pmo-coordinator/51234567?source=searchResults',
    source: 'reed',
    title: 'PMO Coordinator',
    company: 'Harbourline Logistics',
    location: 'Southampton, Hampshire',
    jobId: '51234567',
    salary: '£30,000 - £33,000 per annum',
    employmentType: 'Permanent, full-time',
  },
  {
    file: 'totaljobs.html',
    url: 'https://www.totaljobs.com/job/programme-support-officer/avonlea-university-job105551234',
    source: 'totaljobs',
    title: 'Programme Support Officer',
    company: 'Avonlea University',
    location: 'Bath (BA2)',
    jobId: '105551234',
    salary: '£29,605 - £33,966 per annum',
    employmentType: 'Full time',
  },
  {
    file: 'cv-library.html',
    url: 'https://www.cv-library.co.uk/job/223344556/Project-Support-Administrator',
    source: 'cv-library',
    title: 'Project Support Administrator',
    company: 'Wensum Engineering',
    location: 'Norwich, Norfolk',
    jobId: '223344556',
    salary: '£24,000 - £26,000/annum',
    employmentType: 'Permanent',
  },
  {
    file: 'glassdoor.html',
    url: 'https://www.glassdoor.co.uk/job-listing/pmo-manager-quillon-bank-JV_IC2671300_KO0,11_KE12,23.htm?jl=1009876543210',
    source: 'glassdoor',
    title: 'PMO Manager',
    company: 'Quillon Bank',
    location: 'London',
    jobId: '1009876543210',
  },
  {
    file: 'monster.html',
    url: 'https://www.monster.co.uk/job-openings/project-controller-leicester--2b9c1e0a-7f3d-4c55-9e21-0c8d7a6b5f41',
    source: 'monster',
    title: 'Project Controller',
    company: 'Soar Valley Manufacturing',
    location: 'Leicester, Leicestershire',
    jobId: '2b9c1e0a-7f3d-4c55-9e21-0c8d7a6b5f41',
  },
  {
    file: 'guardian.html',
    url: 'https://jobs.theguardian.com/job/8765432/portfolio-analyst/',
    source: 'guardian',
    title: 'Portfolio Analyst',
    company: 'Kestrel Arts Council',
    location: 'Manchester (Greater)',
    jobId: '8765432',
    salary: '£36,500 per annum',
    closingDate: '30 Nov 2026',
    employmentType: 'Permanent',
  },
  {
    file: 'nhs-jobs.html',
    url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9123-26-0456',
    source: 'nhs-jobs',
    title: 'PMO Officer',
    company: 'Thornbury Community Health NHS Trust',
    jobId: '123-PMO-456',
    salary: '£31,049 to £37,796 a year',
    closingDate: '1 December 2026',
    employmentType: 'Permanent',
  },
  {
    file: 'civil-service-jobs.html',
    url: 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1901234',
    source: 'civil-service-jobs',
    title: 'Portfolio Office Lead',
    company: 'Department for Coastal Affairs',
    location: 'Plymouth, Bristol',
    jobId: '1901234',
    salary: '£52,000 - £58,000',
    employmentType: 'Permanent',
  },
  {
    file: 'workday.html',
    url: 'https://cobalt.wd3.myworkdayjobs.com/en-GB/Careers/job/Reading/PMO-Analyst_R-20451',
    source: 'workday',
    title: 'PMO Analyst',
    company: 'Cobalt',
    location: 'Reading, United Kingdom',
    jobId: 'R-20451',
    employmentType: 'Full time',
  },
  {
    file: 'greenhouse.html',
    url: 'https://job-boards.greenhouse.io/lumenrobotics/jobs/4455667788',
    source: 'greenhouse',
    title: 'Project Coordinator',
    company: 'Lumenrobotics',
    location: 'Cambridge, United Kingdom',
    jobId: '4455667788',
  },
];

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
  it.each(CASES)('$source reads $file', (c) => {
    const p = extract(parse(fixture(c.file), c.url), { url: c.url });
    expect(p).not.toBeNull();
    expect(p!.source).toBe(c.source);
    expect(p!.title).toBe(c.title);
    expect(p!.company).toBe(c.company);
    for (const k of ['location', 'jobId', 'salary', 'employmentType', 'closingDate'] as const) {
      if (c[k]) expect(p![k], k).toBe(c[k]);
    }
    if (c.canonical) expect(p!.url).toBe(c.canonical);
    expect(p!.truncated).toBeUndefined();
    expectFullAdvert(p!.text);
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
    const { parseHtml } = await import('../../lib/extract/html');
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
    for (const c of CASES) expect(boardFor(c.url)?.id, c.url).toBe(c.source);
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

  it('every adapter has an id from the documented list', () => {
    expect(BOARDS.map((b) => b.id).sort()).toEqual(
      ['civil-service-jobs', 'cv-library', 'glassdoor', 'greenhouse', 'guardian', 'indeed', 'lever', 'linkedin', 'monster', 'nhs-jobs', 'reed', 'totaljobs', 'workday'],
    );
  });
});
