import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * One row per board page the project wrote: which adapter must read it and what it must find. Every
 * fixture carries the same invented advert (see expectFullAdvert in boards.test.ts), spread over the
 * board's own sections, with the board's contents lists, share links, apply boxes, similar-jobs rails
 * and cookie banners around it, whose text says it must not appear.
 */
export interface BoardCase {
  board: string;
  file: string;
  url: string;
  title: string;
  company: string;
  location?: string;
  jobId?: string;
  salary?: string;
  employmentType?: string;
  closingDate?: string;
  /** The job's own address, when the board's address bar may show another. */
  canonical?: string;
  /** The fixture carries an advert of its own, checked by its own test, not the shared one. */
  ownAdvert?: true;
  /** The recruitment agency the page marks as such; every other page must give none. */
  agency?: string;
}

export const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

export const CASES: BoardCase[] = [
  {
    file: 'linkedin-signed-in.html',
    url: 'https://www.linkedin.com/jobs/view/4012345678/',
    board: 'linkedin',
    title: 'PMO Analyst',
    company: 'Larkspur Energy',
    location: 'Leeds, England, United Kingdom',
    jobId: '4012345678',
    canonical: 'https://www.linkedin.com/jobs/view/4012345678/',
  },
  {
    file: 'linkedin-public.html',
    url: 'https://uk.linkedin.com/jobs/view/project-support-officer-at-marlow-insurance-4098765432',
    board: 'linkedin',
    title: 'Project Support Officer',
    company: 'Marlow Insurance',
    location: 'Bristol, England, United Kingdom',
    jobId: '4098765432',
    employmentType: 'Full-time',
  },
  {
    file: 'indeed-viewjob.html',
    url: 'https://uk.indeed.com/viewjob?jk=a1b2c3d4e5f60718&from=serp',
    board: 'indeed',
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
    board: 'indeed',
    title: 'PMO Lead',
    company: 'Northgate Health',
    location: 'Manchester M1',
    jobId: '3333cccc4444dddd',
    canonical: 'https://uk.indeed.com/viewjob?jk=3333cccc4444dddd',
  },
  {
    file: 'reed.html',
    url: 'https://www.reed.co.uk/jobs/pmo-coordinator/51234567?source=searchResults',
    board: 'reed',
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
    board: 'totaljobs',
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
    board: 'cv-library',
    title: 'Project Support Administrator',
    company: 'Wensum Engineering',
    location: 'Norwich, Norfolk',
    jobId: '223344556',
    salary: '£24,000 - £26,000/annum',
    employmentType: 'Permanent',
  },
  {
    file: 'reed-agency.html',
    url: 'https://www.reed.co.uk/jobs/pmo-coordinator/51234568',
    board: 'reed',
    title: 'PMO Coordinator',
    company: 'Larchmont Recruitment',
    agency: 'Larchmont Recruitment',
    jobId: '51234568',
  },
  {
    file: 'totaljobs-agency.html',
    url: 'https://www.totaljobs.com/job/programme-support-officer/avonlea-university-job105551235',
    board: 'totaljobs',
    title: 'Programme Support Officer',
    company: 'Avonlea University',
    agency: 'Selworthy Search',
    jobId: '105551235',
  },
  {
    file: 'cv-library-agency.html',
    url: 'https://www.cv-library.co.uk/job/223344557/Project-Support-Administrator',
    board: 'cv-library',
    title: 'Project Support Administrator',
    company: 'Fenwick Talent',
    agency: 'Fenwick Talent',
    jobId: '223344557',
  },
  {
    file: 'glassdoor.html',
    url: 'https://www.glassdoor.co.uk/job-listing/pmo-manager-quillon-bank-JV_IC2671300_KO0,11_KE12,23.htm?jl=1009876543210',
    board: 'glassdoor',
    title: 'PMO Manager',
    company: 'Quillon Bank',
    location: 'London',
    jobId: '1009876543210',
  },
  {
    file: 'monster.html',
    url: 'https://www.monster.co.uk/job-openings/project-controller-leicester--2b9c1e0a-7f3d-4c55-9e21-0c8d7a6b5f41',
    board: 'monster',
    title: 'Project Controller',
    company: 'Soar Valley Manufacturing',
    location: 'Leicester, Leicestershire',
    jobId: '2b9c1e0a-7f3d-4c55-9e21-0c8d7a6b5f41',
  },
  {
    file: 'guardian.html',
    url: 'https://jobs.theguardian.com/job/8765432/portfolio-analyst/',
    board: 'guardian',
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
    board: 'nhs-jobs',
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
    board: 'civil-service-jobs',
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
    board: 'workday',
    title: 'PMO Analyst',
    company: 'Cobalt',
    location: 'Reading, United Kingdom',
    jobId: 'R-20451',
    employmentType: 'Full time',
  },
  {
    file: 'greenhouse.html',
    url: 'https://job-boards.greenhouse.io/lumenrobotics/jobs/4455667788',
    board: 'greenhouse',
    title: 'Project Coordinator',
    company: 'Lumenrobotics',
    location: 'Cambridge, United Kingdom',
    jobId: '4455667788',
  },
  {
    // Signed in, 2026: no <h1>, no canonical or og: tags, scrambled class names, the job in a side panel.
    board: 'linkedin',
    file: 'linkedin-2026.html',
    url: 'https://www.linkedin.com/jobs/search-results/?currentJobId=4055555555&keywords=project%20management%20office',
    title: 'PMO Lead',
    company: 'Larkspur Energy',
    jobId: '4055555555',
    canonical: 'https://www.linkedin.com/jobs/view/4055555555/',
  },
  {
    board: 'lever',
    file: 'lever.html',
    url: 'https://jobs.lever.co/quayside/1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718',
    title: 'Programme Analyst',
    company: 'Quayside Foods',
    location: 'Glasgow',
    employmentType: 'Full-time',
    ownAdvert: true,
  },
  {
    board: 'seek',
    file: 'seek.html',
    url: 'https://www.seek.com.au/pmo-jobs/in-Brisbane-QLD-4000?jobId=81234567&type=standard',
    title: 'PMO Analyst',
    company: 'Kookaburra Freight',
    location: 'Brisbane QLD',
    jobId: '81234567',
    salary: '$95,000 – $105,000 + super',
    employmentType: 'Full time',
    canonical: 'https://www.seek.com.au/job/81234567',
  },
  {
    board: 'stepstone',
    file: 'stepstone.html',
    url: 'https://www.stepstone.de/stellenangebote--PMO-Analyst-m-w-d-Hamburg-Hafenkontor-Logistik-GmbH--12345678-inline.html',
    title: 'PMO Analyst (m/w/d)',
    company: 'Hafenkontor Logistik GmbH',
    location: 'Hamburg',
    jobId: '12345678',
    employmentType: 'Vollzeit',
  },
  {
    board: 'smartrecruiters',
    file: 'smartrecruiters.html',
    url: 'https://jobs.smartrecruiters.com/HeronsgateHousing/744000012345678-pmo-coordinator',
    title: 'PMO Coordinator',
    company: 'Heronsgate Housing',
    location: 'Reading, England, United Kingdom',
    jobId: '744000012345678',
    employmentType: 'Full-time',
  },
  {
    board: 'ashby',
    file: 'ashby.html',
    url: 'https://jobs.ashbyhq.com/fenwick-robotics/3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a6c',
    title: 'Portfolio Analyst',
    company: 'Fenwick Robotics',
    location: 'Cambridge, UK',
    jobId: '3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a6c',
    employmentType: 'Full time',
  },
  {
    board: 'jobs-ac-uk',
    file: 'jobs-ac-uk.html',
    url: 'https://www.jobs.ac.uk/job/DKQ123/project-support-officer',
    title: 'Project Support Officer',
    company: 'University of Eastmoor',
    location: 'Eastmoor',
    jobId: 'EM-0456',
    salary: '£31,236 to £35,116 per annum',
    employmentType: 'Permanent',
    closingDate: '30th November 2026',
  },
];
