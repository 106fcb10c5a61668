import { block, domText, lineOf, qsa } from '../dom-text';
import type { Text } from '../dom-text';
import { defineBoard, param, pathId } from './board';

const VIEW = /\/jobs\/view\/(?:[^/?]*-)?(\d{5,})/;

/**
 * Layouts whose class names are scrambled are read by structure: the open job's panel is the
 * nearest element around its "About the job" section that also holds a link to the job and a link
 * to the company; its heading is that job link, its company the first company link with text.
 */
function panel(root: ParentNode): { panel: Element; about: Element } | null {
  const about = qsa(root, 'h2,h3,[role="heading"]').find((h) => /^about the job$/i.test(h.textContent?.trim() ?? ''));
  for (let el = about?.parentElement; el; el = el.parentElement)
    if (el.querySelector('a[href*="/jobs/view/"]') && el.querySelector('a[href*="/company/"]')) return { panel: el, about: about! };
  return null;
}

const jobLink = (root: ParentNode) => qsa(panel(root)?.panel, 'a[href*="/jobs/view/"]').find((a) => a.textContent?.trim());

function aboutText(root: ParentNode, max: number): Text | null {
  const about = panel(root)?.about;
  const t = about?.parentElement && domText(about.parentElement, max);
  return t ? { text: t.text.replace(/^about the job\n/i, ''), truncated: t.truncated } : null;
}

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
  title: ['[class*="unified-top-card__job-title"]|.top-card-layout__title', (r) => lineOf(jobLink(r))],
  company: [
    '[class*="unified-top-card__company-name"]|.topcard__org-name-link',
    (r) => qsa(panel(r)?.panel ?? r, 'a[href*="/company/"]').map(lineOf).find(Boolean),
  ],
  location: '[class*="unified-top-card__primary-description"] .tvm__text|[class*="unified-top-card__bullet"]|.topcard__flavor--bullet',
  employmentType: /^employment type$/i,
  jobId: [
    // The pane's own link names the job it shows. While the pane still shows the previous job the id
    // follows the pane, not the address bar, so title, id and text never mix two jobs.
    (root) => [...qsa(root, 'h1 a,h2 a'), jobLink(root)].map((a) => VIEW.exec(a?.getAttribute('href') ?? '')?.[1]).find(Boolean),
    param('currentJobId'),
    pathId(VIEW),
  ],
  text: (root, max) => block(root, '#job-details|.jobs-description__content|.show-more-less-html__markup', max) ?? aboutText(root, max),
  url: (_u, id) => (id ? `https://www.linkedin.com/jobs/view/${id}/` : null),
});
