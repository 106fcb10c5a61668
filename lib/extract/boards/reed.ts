import { defineBoard, pathId } from './board';

export const reed = defineBoard({
  id: 'reed',
  host: /(^|\.)reed\.co\.uk$/,
  path: /^\/jobs\//,
  title: '[data-qa="job-title"]|h1[itemprop="title"]',
  company: '[data-qa="job-posted-by"] a|[itemprop="hiringOrganization"] [itemprop="name"]',
  location: '[data-qa="job-location"]|[data-qa="localityLbl"]|[itemprop="addressLocality"]',
  salary: '[data-qa="job-salary"]|[data-qa="salaryLbl"]',
  employmentType: '[data-qa="job-type"]|[data-qa="jobTypeLbl"]',
  jobId: pathId(/\/(\d{6,})(\/|$)/),
  text: '[data-qa="job-description"]|[itemprop="description"]',
});
