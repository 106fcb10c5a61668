import { defineBoard, param, pathId } from './board';
import { qsa } from '../dom-text';

/**
 * LinkedIn: the signed-in job view (/jobs/view/ID), the search and collections split view
 * (?currentJobId=ID, the details pane shows that job), and the signed-out public page.
 */
export const linkedin = defineBoard({
  id: 'linkedin',
  host: /(^|\.)linkedin\.com$/,
  path: /^\/jobs\b|^\/comm\/jobs\b/,
  root: [
    '.jobs-search__job-details--container',
    '.jobs-search__job-details',
    '.job-view-layout',
    '.jobs-details',
    '.scaffold-layout__detail',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.t-24.t-bold',
    'h1.top-card-layout__title',
    '.topcard__title',
    'h1',
    'h2',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    'a.topcard__org-name-link',
    '[data-tracking-control-name="public_jobs_topcard-org-name"]',
    '.topcard__flavor a',
    'a[href*="/company/"]',
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__bullet',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
  ],
  employmentType: [/^employment type$/i],
  jobId: [
    // The pane's own link names the job it shows; while the pane still shows the previous job the
    // id follows the pane, not the address bar, so the title and text never mix two jobs.
    (root) => {
      for (const a of qsa(root, 'h1 a[href*="/jobs/view/"], h2 a[href*="/jobs/view/"], .job-details-jobs-unified-top-card__job-title a'))
        return /\/jobs\/view\/(?:[^/?]*-)?(\d{5,})/.exec(a.getAttribute('href') ?? '')?.[1];
      return null;
    },
    param('currentJobId'),
    pathId(/\/jobs\/view\/(?:[^/]*-)?(\d{5,})/),
  ],
  text: [
    '#job-details',
    '.jobs-description__content',
    '.jobs-description-content__text',
    '.jobs-box__html-content',
    '.show-more-less-html__markup',
    '.description__text',
    'article',
  ],
  url: (u, id) => (id ? `https://www.linkedin.com/jobs/view/${id}/` : null),
});
