import { defineBoard, pathId } from './board';

export const cvLibrary = defineBoard({
  id: 'cv-library',
  host: /(^|\.)cv-library\.co\.uk$/,
  path: /^\/job\/\d+/,
  title: '.job__title',
  company: ['.job__company-link|.job__header a[href*="/list-jobs/"]', /^(company|advertiser)$/i],
  location: /^location$/i,
  salary: /^salary$/i,
  employmentType: /^(job|employment|contract) type$/i,
  datePosted: /^(date )?posted$/i,
  jobId: pathId(/^\/job\/(\d+)/),
  text: '.job__description|#job-description',
});
