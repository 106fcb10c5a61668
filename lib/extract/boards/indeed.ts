import { at, defineBoard, param } from './board';

/** Indeed: the view page (/viewjob?jk=) and the search split pane (?vjk=), on any country domain. */
export const indeed = defineBoard({
  id: 'indeed',
  host: /(^|\.)indeed\.[a-z.]{2,6}$/,
  root: '#jobsearch-ViewjobPaneWrapper|.jobsearch-JobComponent',
  // The split pane appends a screen-reader suffix to the title.
  title: (root) => root.querySelector(at('data-testid', 'jobsearch-JobInfoHeader-title'))?.textContent?.replace(/\s+-\s+job post\s*$/i, ''),
  company: at('data-testid', 'inlineHeader-companyName'),
  location: at('data-testid', 'inlineHeader-companyLocation', 'jobsearch-JobInfoHeader-companyLocation'),
  salary: '#salaryInfoAndJobType>span',
  employmentType: (root) => root.querySelector('#salaryInfoAndJobType>span+span')?.textContent?.replace(/^[\s-]+/, ''),
  jobId: [param('vjk'), param('jk')],
  text: '#jobDescriptionText',
  url: (u, id) => (id ? `${u.origin}/viewjob?jk=${id}` : null),
});
