import { defineBoard, param, pathId } from './board';

/** Greenhouse boards: the current job-boards.greenhouse.io layout and the older boards.greenhouse.io. */
export const greenhouse = defineBoard({
  id: 'greenhouse',
  host: /(^|\.)greenhouse\.io$/,
  title: '.job__title h1|.app-title',
  company: [
    (r) => r.querySelector('.company-name')?.textContent?.replace(/^\s*at\s+/i, ''),
    // The board's slug is the employer's name.
    (_r, u) => /^\/([\w-]+)\/jobs\//.exec(u.pathname)?.[1]?.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
  ],
  location: '.job__location|.location',
  jobId: [pathId(/\/jobs\/(\d+)/), param('gh_jid')],
  text: '.job__description|#content',
});
