import { defineBoard, pathId } from './board';

export const reed = defineBoard({
  id: 'reed',
  host: /(^|\.)reed\.co\.uk$/,
  path: /^\/jobs\//,
  title: ['[data-qa="job-title"]', 'h1[itemprop="title"]', '.job-header h1', 'main h1', 'h1'],
  company: [
    '[data-qa="job-posted-by"] a',
    '[itemprop="hiringOrganization"] [itemprop="name"]',
    '.posted-by a',
  ],
  location: ['[data-qa="job-location"]', '[data-qa="localityLbl"]', '[itemprop="addressLocality"]', '.location'],
  salary: ['[data-qa="job-salary"]', '[data-qa="salaryLbl"]', '[itemprop="baseSalary"]', '.salary'],
  employmentType: ['[data-qa="job-type"]', '[data-qa="jobTypeLbl"]', '[itemprop="employmentType"]'],
  jobId: [pathId(/\/(\d{6,})(?:\/|$)/)],
  text: ['[data-qa="job-description"]', '[itemprop="description"]', '.description', 'article'],
});
