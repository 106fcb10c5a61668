import { at, defineBoard, pathId } from './board';

const id = (v: string) => at('data-automation-id', v);
const dd = (v: string) => `${id(v)} dd`;

/** Workday career sites: rendered client-side, with data-automation-id hooks; the tenant names the employer. */
export const workday = defineBoard({
  id: 'workday',
  host: /\.myworkday(jobs|site)\.com$/,
  path: /\/job\//,
  title: id('jobPostingHeader'),
  company: (_r, u) => u.hostname.replace(/^(.)([^.]*).*/, (_m, a: string, b: string) => a.toUpperCase() + b),
  location: dd('locations'),
  employmentType: dd('time'),
  datePosted: dd('postedOn'),
  jobId: [dd('requisitionId'), pathId(/_([A-Z]*-?\d[\w-]*)$/)],
  text: id('jobPostingDescription'),
});
