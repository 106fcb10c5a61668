import { defineBoard, param } from './board';

/** Indeed: the view page (/viewjob?jk=) and the search split pane (?vjk=). Any country domain. */
export const indeed = defineBoard({
  id: 'indeed',
  host: /(^|\.)indeed\.(com|co\.uk|ca|de|fr|ie|nl|es|it|com\.au|co\.in|co\.nz|ch|at|be|[a-z]{2,3})$/,
  root: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-ViewJobLayout-jobDisplay', '.jobsearch-JobComponent'],
  title: [
    (root) => {
      const h = root.querySelector('[data-testid="jobsearch-JobInfoHeader-title"], .jobsearch-JobInfoHeader-title');
      // The split pane appends a screen-reader suffix to the title.
      return h?.textContent?.replace(/\s+-\s+job post\s*$/i, '');
    },
    'h1',
  ],
  company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyInfoContainer a'],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '#jobLocationText',
    '[data-testid="job-location"]',
  ],
  salary: ['#salaryInfoAndJobType > span:first-child', '[data-testid="jobsearch-OtherJobDetailsContainer"] span'],
  employmentType: [(root) => root.querySelector('#salaryInfoAndJobType > span + span')?.textContent?.replace(/^[\s-]+/, '')],
  jobId: [param('vjk'), param('jk')],
  text: ['#jobDescriptionText', '[data-testid="jobDescriptionText"]', '.jobsearch-jobDescriptionText'],
  url: (u, id) => (id ? `${u.origin}/viewjob?jk=${id}` : null),
});
