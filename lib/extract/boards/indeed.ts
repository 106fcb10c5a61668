import { defineBoard, param } from './board';

const TITLE = '[data-testid="jobsearch-JobInfoHeader-title"]';

/** Indeed: the view page (/viewjob?jk=) and the search split pane (?vjk=), on any country domain. */
export const indeed = defineBoard({
  id: 'indeed',
  host: /(^|\.)indeed\.[a-z.]{2,6}$/,
  root: '#jobsearch-ViewjobPaneWrapper|.jobsearch-JobComponent',
  // The split pane appends a screen-reader suffix to the title.
  title: (root) => root.querySelector(TITLE)?.textContent?.replace(/\s+-\s+job post\s*$/i, ''),
  company: '[data-testid="inlineHeader-companyName"]|[data-company-name="true"]',
  location: '[data-testid="inlineHeader-companyLocation"]|[data-testid="jobsearch-JobInfoHeader-companyLocation"]|#jobLocationText',
  salary: '#salaryInfoAndJobType>span',
  employmentType: (root) => root.querySelector('#salaryInfoAndJobType>span+span')?.textContent?.replace(/^[\s-]+/, ''),
  jobId: [param('vjk'), param('jk')],
  text: '#jobDescriptionText|[data-testid="jobDescriptionText"]',
  url: (u, id) => (id ? `${u.origin}/viewjob?jk=${id}` : null),
});
