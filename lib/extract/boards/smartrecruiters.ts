import { qs } from '../dom-text';
import { defineBoard, pathId } from './board';

/** SmartRecruiters job pages: schema.org microdata, the advert in one section per heading. */
export const smartrecruiters = defineBoard({
  id: 'smartrecruiters',
  host: /^(jobs|careers)\.smartrecruiters\.com$/,
  root: '.jobad-main|main',
  title: '.job-title|[itemprop="title"]',
  company: [
    (r) => qs(r, '[itemprop="hiringOrganization"] [itemprop="name"]')?.getAttribute('content'),
    // The first path segment is the company's identifier ("HeronsgateHousing").
    (_r, u) => u.pathname.split('/')[1]?.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' '),
  ],
  location: (r) => qs(r, 'spl-job-location')?.getAttribute('formattedaddress') ?? qs(r, '[itemprop="jobLocation"]')?.textContent,
  employmentType: '[itemprop="employmentType"]',
  jobId: pathId(/^\/[^/]+\/(\d{6,})/),
  text: '.job-sections|[itemprop="description"]',
});
