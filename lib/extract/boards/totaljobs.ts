import { defineBoard, pathId } from './board';

/** Totaljobs and its StepStone sister board CWJobs share the markup and its data-at hooks. */
export const totaljobs = defineBoard({
  id: 'totaljobs',
  host: /(^|\.)(totaljobs\.com|cwjobs\.co\.uk)$/,
  path: /^\/job\//,
  title: '[data-at="header-job-title"]',
  company: '[data-at="metadata-company-name"]|[data-at="header-company-name"]',
  location: '[data-at="metadata-location"]',
  salary: '[data-at="metadata-salary"]',
  employmentType: '[data-at="metadata-work-type"]|[data-at="metadata-contract-type"]',
  jobId: pathId(/job(\d{6,})/),
  text: '[data-at="job-ad-content"]|[data-at="section-text-description-content"]',
});
