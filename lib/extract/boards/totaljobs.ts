import { at, defineBoard, pathId } from './board';

/** Totaljobs and its StepStone sister board CWJobs share the markup and its data-at hooks. */
export const totaljobs = defineBoard({
  id: 'totaljobs',
  host: /(^|\.)(totaljobs\.com|cwjobs\.co\.uk)$/,
  path: /^\/job\//,
  title: at('data-at', 'header-job-title'),
  company: at('data-at', 'metadata-company-name', 'header-company-name'),
  location: at('data-at', 'metadata-location'),
  salary: at('data-at', 'metadata-salary'),
  employmentType: at('data-at', 'metadata-work-type', 'metadata-contract-type'),
  jobId: pathId(/job(\d{6,})/),
  text: at('data-at', 'job-ad-content', 'section-text-description-content'),
});
