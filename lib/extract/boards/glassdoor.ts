import { at, defineBoard, param } from './board';

/** Glassdoor: the job listing page and the split view of a search (?jl=). */
export const glassdoor = defineBoard({
  id: 'glassdoor',
  host: /(^|\.)glassdoor\.[a-z.]{2,6}$/,
  root: at('data-test', 'job-details'),
  title: at('data-test', 'job-title'),
  company: at('data-test', 'employer-name', 'employerName'),
  location: at('data-test', 'location'),
  salary: at('data-test', 'detailSalary'),
  jobId: [param('jl'), param('jobListingId')],
  text: '[class*="JobDetails_jobDescription"]|' + at('data-test', 'jobDescriptionContent'),
});
