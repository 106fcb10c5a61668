import { describe, expect, it } from 'vitest';
import { companyFromPage, companyFromTitle, unglue } from './company';
import { parseHtml } from './html';

describe('the company from the tab title', () => {
  it.each([
    ['PMO Analyst | Larkspur Energy | LinkedIn', 'PMO Analyst', null, 'www.linkedin.com', 'Larkspur Energy'],
    ['Senior PMO Officer - Tidewater Water Services - Indeed.com', 'Senior PMO Officer', null, 'uk.indeed.com', 'Tidewater Water Services'],
    ['Heidi hiring Senior Software Engineer in Melbourne, Victoria | LinkedIn', 'Senior Software Engineer', null, 'au.linkedin.com', 'Heidi'],
    ['Portfolio Analyst job with Kestrel Arts Council | 8765432 | Guardian Jobs', 'Portfolio Analyst', null, 'jobs.theguardian.com', 'Kestrel Arts Council'],
    ['PMO Lead at Acme Robotics', 'PMO Lead', null, 'startup.jobs', 'Acme Robotics'],
  ])('%s', (tab, title, location, host, company) => {
    expect(companyFromTitle(tab, title, location, host)).toBe(company);
  });

  it('a part that is the location, the site or a number is not the company', () => {
    expect(companyFromTitle('Senior PMO Officer - Exeter EX1 - Indeed.com', 'Senior PMO Officer', 'Exeter EX1', 'uk.indeed.com')).toBeNull();
    expect(companyFromTitle('PMO Coordinator - Reed.co.uk', 'PMO Coordinator', null, 'www.reed.co.uk')).toBeNull();
    expect(companyFromTitle('Another Job - Someone - Site', 'PMO Analyst', null, 'example.com')).toBeNull();
  });
});

describe('the company from the page', () => {
  const page = (head: string, body: string, url: string, onBoard = false) =>
    companyFromPage(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), 'PMO Lead', null, url, onBoard);

  it('microdata names the hiring organisation', () => {
    expect(page('', '<div itemprop="hiringOrganization" itemscope><span itemprop="name">Tern Shipping</span></div>', 'https://x.example/')).toBe('Tern Shipping');
  });

  it("og:site_name counts on the employer's own site, not on a job site", () => {
    expect(page('<meta property="og:site_name" content="Harbour Lane Insurance">', '', 'https://careers.harbourlane.co.uk/jobs/1')).toBe('Harbour Lane Insurance');
    expect(page('<meta property="og:site_name" content="Startup Jobs">', '', 'https://startup.jobs/pmo-lead-1')).toBeNull();
    expect(page('<meta property="og:site_name" content="Nimbus Board">', '', 'https://nimbusboard.example/jobs/1', true)).toBeNull();
  });

  it('a byline under the heading names the employer', () => {
    expect(page('', '<h1>PMO Lead</h1><p>at <a href="/companies/acme-robotics">Acme Robotics</a> · Remote</p>', 'https://x.example/')).toBe('Acme Robotics');
    expect(page('', '<h1>PMO Lead</h1><div>Posted by Fenwick Robotics</div>', 'https://x.example/')).toBe('Fenwick Robotics');
    expect(page('', '<h1>PMO Lead</h1><p>Remote, full time</p>', 'https://x.example/')).toBeNull();
  });
});

describe('a title with the company glued on', () => {
  it('loses the company', () => {
    expect(unglue('PMO Lead at Acme Robotics', 'Acme Robotics')).toBe('PMO Lead');
    expect(unglue('PMO Lead - Acme Robotics', 'Acme Robotics')).toBe('PMO Lead');
    expect(unglue('PMO Lead | Acme Robotics', 'Acme Robotics')).toBe('PMO Lead');
    expect(unglue('Acme Robotics', 'Acme Robotics')).toBe('Acme Robotics');
    expect(unglue('Head of PMO', 'Acme Robotics')).toBe('Head of PMO');
  });
});
