import { defineBoard, param } from './board';

/** Glassdoor: the job listing page and the split view of a search (?jl=). */
export const glassdoor = defineBoard({
  id: 'glassdoor',
  host: /(^|\.)glassdoor\.[a-z.]{2,6}$/,
  root: '[data-test="job-details"]',
  title: '[data-test="job-title"]',
  company: '[data-test="employer-name"]|[data-test="employerName"]',
  location: '[data-test="location"]',
  salary: '[data-test="detailSalary"]',
  jobId: [param('jl'), param('jobListingId')],
  text: 'div[class*="JobDetails_jobDescription"]|[data-test="jobDescriptionContent"]|#JobDescriptionContainer',
});
