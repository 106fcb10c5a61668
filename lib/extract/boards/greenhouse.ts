import { defineBoard, param, pathId } from './board';

const slug = (_r: ParentNode, u: URL) => {
  const s = /^\/(?:embed\/job_app\?for=)?([\w-]+)\/jobs\//.exec(u.pathname)?.[1] ?? u.searchParams.get('for');
  return s ? s.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) : null;
};

/** Greenhouse boards, both the current job-boards.greenhouse.io layout and the older boards.greenhouse.io. */
export const greenhouse = defineBoard({
  id: 'greenhouse',
  host: /(^|\.)greenhouse\.io$/,
  title: ['.job__title h1', 'h1.app-title', '.app-title', 'h1.section-header', 'h1'],
  company: [(r) => r.querySelector('.company-name')?.textContent?.replace(/^\s*at\s+/i, ''), slug],
  location: ['.job__location', '.location'],
  jobId: [pathId(/\/jobs\/(\d+)/), param('gh_jid'), param('token')],
  text: ['.job__description', '#content', '.job-post-content', '#app_body', 'main'],
});
