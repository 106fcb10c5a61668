import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { PARSERS } from '../../tests/extract/helpers';

const DUTIES = `<h3>What you will do</h3><ul><li>Maintain the RAID log and the programme plan for the change board</li>
<li>Produce the monthly highlight report and the portfolio dashboard in Power BI</li><li>Run the stage-gate calendar</li></ul>
<h3>What you will bring</h3><p>Two years of experience in a programme office. PRINCE2 Foundation is desirable. Permanent, full-time, hybrid.</p>`;

const ld = (org: object, intro: string) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'PMO Analyst',
    hiringOrganization: org,
    description: `<p>${intro}</p>${DUTIES}`,
  })}</script>`;

const page = (head: string, body: string) => `<!DOCTYPE html><html><head><title>PMO Analyst</title>${head}</head><body>${body}</body></html>`;
const URL = 'https://careers.example.org/jobs/pmo-analyst';

describe.each(PARSERS)('the recruitment agency behind an advert (%s)', (_n, parse) => {
  const read = (head: string, body = '<h1>PMO Analyst</h1>') => extract(parse(page(head, body), URL), { url: URL });

  it('JSON-LD whose hiring organisation is an EmploymentAgency', () => {
    const p = read(ld({ '@type': 'EmploymentAgency', name: 'Quarry Lane Talent' }, 'A PMO Analyst is needed for a water utility in Leeds.'))!;
    expect(p.company).toBe('Quarry Lane Talent');
    expect(p.agency).toEqual({ name: 'Quarry Lane Talent' });
  });

  it('an advertiser that writes about "our client" is an agency, named by the JSON-LD', () => {
    const p = read(ld({ '@type': 'Organization', name: 'Quarry Lane Talent' }, 'Our client, a water utility in Leeds, is building a new portfolio office.'))!;
    expect(p.agency).toEqual({ name: 'Quarry Lane Talent' });
    const behalf = read(ld({ '@type': 'Organization', name: 'Quarry Lane Talent' }, 'We are recruiting on behalf of our client, a water utility.'))!;
    expect(behalf.agency).toEqual({ name: 'Quarry Lane Talent' });
  });

  it('"our client" with no advertiser named gives an unnamed agency', () => {
    const body = `<h1>PMO Analyst</h1><article><p>My client is a housing association in Bristol growing its change team.</p>${DUTIES}</article>`;
    expect(read('', body)!.agency).toEqual({ name: null });
  });

  it('the agencies\' "acting as an employment agency" line names the agency', () => {
    const p = read(ld({ '@type': 'Organization', name: 'Severn Water' }, 'Severn Water is building a new portfolio office. Brackley Search is acting as an Employment Agency in relation to this vacancy.'))!;
    expect(p.company).toBe('Severn Water');
    expect(p.agency).toEqual({ name: 'Brackley Search' });
  });

  it('an employer or consultancy advert is no agency: "our clients", a government "Agency", a "Recruiters" link', () => {
    const consultancy = read(ld({ '@type': 'Organization', name: 'Fairmile Consulting' }, 'You will run PMOs for our clients across the public sector, and support our client teams.'))!;
    expect(consultancy.company).toBe('Fairmile Consulting');
    expect(consultancy.agency).toBeUndefined();
    const gov = read(
      ld({ '@type': 'Organization', name: 'National Park Service' }, 'The National Park Service is building a new portfolio office.'),
      '<h1>PMO Analyst</h1><dl><dt>Agency</dt><dd>National Park Service</dd><dt>Department</dt><dd>Department of the Interior</dd></dl><nav><a href="/recruiters">Recruiters</a></nav>',
    )!;
    expect(gov.agency).toBeUndefined();
  });
});
