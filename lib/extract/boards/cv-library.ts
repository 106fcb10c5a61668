import { defineBoard, pathId } from './board';

export const cvLibrary = defineBoard({
  id: 'cv-library',
  host: /(^|\.)cv-library\.co\.uk$/,
  path: /^\/job\/\d+/,
  title: ['.job__title', '[data-testid="job-title"]', 'main h1', 'h1'],
  company: ['.job__company-link', '[data-testid="job-company"]', '.job__header a[href*="/list-jobs/"]', /^(company|advertiser)$/i],
  location: ['[data-testid="job-location"]', /^location$/i],
  salary: ['[data-testid="job-salary"]', /^salary$/i],
  employmentType: [/^job type$/i, /^(employment|contract) type$/i],
  datePosted: [/^(date )?posted$/i],
  closingDate: [/^(closing|expiry) date$/i],
  jobId: [pathId(/^\/job\/(\d+)/)],
  text: ['.job__description', '#job-description', '[data-testid="job-description"]', '.premium-description', 'article'],
});
