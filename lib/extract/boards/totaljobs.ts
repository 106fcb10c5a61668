import { defineBoard, pathId } from './board';

/** Totaljobs and its StepStone sister board CWJobs share the markup and its data-at hooks. */
export const totaljobs = defineBoard({
  id: 'totaljobs',
  host: /(^|\.)(totaljobs\.com|cwjobs\.co\.uk)$/,
  path: /^\/job\//,
  title: ['[data-at="header-job-title"]', '[data-at="job-ad-header"] h1', 'h1'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]', '[data-at="job-ad-header"] a[href*="/jobs/"]'],
  location: ['[data-at="metadata-location"]', '[data-at="header-location"]'],
  salary: ['[data-at="metadata-salary"]'],
  employmentType: ['[data-at="metadata-work-type"]', '[data-at="metadata-contract-type"]'],
  datePosted: ['[data-at="metadata-online-date"]'],
  jobId: [pathId(/job(\d{6,})/)],
  text: ['[data-at="job-ad-content"]', '[data-at="section-text-description-content"]', '.job-ad-display', 'article', 'main'],
});
