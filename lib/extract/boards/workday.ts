import { defineBoard, pathId } from './board';

/** Workday career sites (*.myworkdayjobs.com): rendered client-side, with data-automation-id hooks. */
export const workday = defineBoard({
  id: 'workday',
  host: /\.myworkdayjobs\.com$|\.myworkdaysite\.com$/,
  path: /\/job\//,
  title: ['[data-automation-id="jobPostingHeader"]', 'h2', 'h1'],
  company: [
    (_r, u) => {
      const t = u.hostname.split('.')[0] ?? '';
      return t ? t[0]!.toUpperCase() + t.slice(1) : null;
    },
  ],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  employmentType: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'],
  datePosted: ['[data-automation-id="postedOn"] dd'],
  jobId: ['[data-automation-id="requisitionId"] dd', pathId(/_([A-Z]*-?\d[\w-]*)$/)],
  text: ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="job-posting-details"]'],
});
