import { qsa } from '../dom-text';
import { defineBoard, param, pathId } from './board';

const VIEW = /\/jobs\/view\/(?:[^/?]*-)?(\d{5,})/;

/**
 * LinkedIn: the signed-in job view (/jobs/view/ID), the search and collections split view
 * (?currentJobId=ID, the details pane shows that job), and the signed-out public page.
 */
export const linkedin = defineBoard({
  id: 'linkedin',
  host: /(^|\.)linkedin\.com$/,
  path: /^\/(comm\/)?jobs\b/,
  root: '.jobs-search__job-details--container|.job-view-layout|.jobs-details',
  // Signed-in class names come as job-details-jobs-unified-top-card__* and, older, jobs-unified-top-card__*.
  title: '[class*="unified-top-card__job-title"]|.top-card-layout__title',
  company: '[class*="unified-top-card__company-name"]|.topcard__org-name-link|a[href*="/company/"]',
  location: '[class*="unified-top-card__primary-description"] .tvm__text|[class*="unified-top-card__bullet"]|.topcard__flavor--bullet',
  employmentType: /^employment type$/i,
  jobId: [
    // The pane's own link names the job it shows. While the pane still shows the previous job the id
    // follows the pane, not the address bar, so title, id and text never mix two jobs.
    (root) => qsa(root, 'h1 a,h2 a').map((a) => VIEW.exec(a.getAttribute('href') ?? '')?.[1]).find(Boolean),
    param('currentJobId'),
    pathId(VIEW),
  ],
  text: '#job-details|.jobs-description__content|.show-more-less-html__markup',
  url: (_u, id) => (id ? `https://www.linkedin.com/jobs/view/${id}/` : null),
});
