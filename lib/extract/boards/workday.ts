import { defineBoard, pathId } from './board';

const dd = (id: string) => `[data-automation-id="${id}"] dd`;

/** Workday career sites: rendered client-side, with data-automation-id hooks; the tenant names the employer. */
export const workday = defineBoard({
  id: 'workday',
  host: /\.myworkday(jobs|site)\.com$/,
  path: /\/job\//,
  title: '[data-automation-id="jobPostingHeader"]',
  company: (_r, u) => u.hostname.replace(/^(.)([^.]*).*/, (_m, a: string, b: string) => a.toUpperCase() + b),
  location: dd('locations'),
  employmentType: dd('time'),
  datePosted: dd('postedOn'),
  jobId: [dd('requisitionId'), pathId(/_([A-Z]*-?\d[\w-]*)$/)],
  text: '[data-automation-id="jobPostingDescription"]',
});
