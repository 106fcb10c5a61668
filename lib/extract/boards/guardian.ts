import { defineBoard, pathId } from './board';

/** Guardian Jobs runs on Madgex: microdata on the advert and a dt/dd list of its details. */
export const guardian = defineBoard({
  id: 'guardian',
  host: /^jobs\.theguardian\.com$/,
  path: /^\/job\/\d+/,
  title: 'h1[itemprop="title"]',
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', /^(recruiter|employer)$/i],
  location: ['[itemprop="jobLocation"]', /^location$/i],
  salary: /^salary$/i,
  employmentType: /^(contract|contract type|hours)$/i,
  closingDate: /^closing date$/i,
  jobId: pathId(/^\/job\/(\d+)/),
  text: '[itemprop="description"]|.mds-edited-text',
});
