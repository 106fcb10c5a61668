import { defineBoard, param } from './board';

/** Glassdoor: the job listing page and the split view of a search (?jl=). */
export const glassdoor = defineBoard({
  id: 'glassdoor',
  host: /(^|\.)glassdoor\.(com|co\.uk|ca|de|fr|ie|com\.au|co\.in|nl|be)$/,
  root: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]'],
  title: ['[data-test="job-title"]', 'h1[id^="jd-job-title"]', 'h1'],
  company: ['[data-test="employer-name"]', '[data-test="employerName"]', '[class*="EmployerProfile_employerName"]'],
  location: ['[data-test="location"]', '[data-test="emp-location"]'],
  salary: ['[data-test="detailSalary"]', '[data-test="salary-estimate"]'],
  jobId: [param('jl'), param('jobListingId')],
  text: [
    'div[class*="JobDetails_jobDescription"]',
    '[data-test="jobDescriptionContent"]',
    '.jobDescriptionContent',
    '#JobDescriptionContainer',
  ],
});
